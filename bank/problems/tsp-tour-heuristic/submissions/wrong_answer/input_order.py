class Solution:
    def tspTour(self, points):
        # Visits the cities in input order.
        return list(range(len(points)))
