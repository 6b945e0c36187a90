// attack: template instantiation bomb (exponential recursive templates), must end as CE within the compile limits
// incident: compilation bombs (template bombs)
// package: sec-answer
// verdicts: CE
// wall: 40
// layer: compile limits (CPU 10 s here, wall, memory)
template <int N, int M> struct A {
    static const long long v = A<N - 1, M * 2 + 1>::v + A<N - 1, M * 2>::v;
};
template <int M> struct A<0, M> { static const long long v = M; };
#include <cstdio>
int main() { std::printf("%lld\n", A<28, 0>::v); }
