class Solution:
    def maxValue(self, weights: List[int], values: List[int], capacity: int) -> float:
        order = sorted(range(len(weights)), key=lambda i: values[i] / weights[i], reverse=True)
        whole = 0  # value of the items taken completely, kept as an exact integer
        for i in order:
            if capacity == 0:
                break
            if weights[i] <= capacity:
                capacity -= weights[i]
                whole += values[i]
            else:
                return whole + values[i] * capacity / weights[i]  # one item is split
        return float(whole)
