from collections import Counter


class Solution:
    def classify(self, X, y, tests):
        # Baseline that learns nothing: always predicts the most frequent training label.
        label = Counter(y).most_common(1)[0][0]
        return [label] * len(tests)
