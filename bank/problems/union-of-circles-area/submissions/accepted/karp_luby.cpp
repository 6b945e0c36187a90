// Monte Carlo (Karp-Luby-Madras): sample a circle with probability proportional to its area,
// a uniform point inside it, and average 1/(number of circles covering the point).
// E[S / c(X)] = area of the union, where S is the sum of the areas.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<double> x(n), y(n), r(n);
    for (int i = 0; i < n; i++) scanf("%lf %lf %lf", &x[i], &y[i], &r[i]);
    vector<double> cum(n);
    double S = 0;
    for (int i = 0; i < n; i++) { S += M_PI * r[i] * r[i]; cum[i] = S; }
    mt19937_64 rng(12345);
    uniform_real_distribution<double> U(0.0, 1.0);
    const int N = 2000000;
    double acc = 0;
    for (int it = 0; it < N; it++) {
        int i = lower_bound(cum.begin(), cum.end(), U(rng) * S) - cum.begin();
        if (i >= n) i = n - 1;
        double rad = r[i] * sqrt(U(rng)), t = 2 * M_PI * U(rng);
        double px = x[i] + rad * cos(t), py = y[i] + rad * sin(t);
        int c = 0;
        for (int j = 0; j < n; j++) {
            double dx = px - x[j], dy = py - y[j];
            if (dx * dx + dy * dy <= r[j] * r[j]) c++;
        }
        acc += 1.0 / max(c, 1);
    }
    printf("%.6f\n", S * acc / N);
}
