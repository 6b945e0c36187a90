// attack: burn CPU in 16 threads at once
// incident: burning CPU in many threads
// package: sec-escaped
// verdicts: TLE
// layer: RLIMIT_CPU counts every thread of the process; CPU time measured with wait4; cpu cgroup
#include <pthread.h>
static void* spin(void*) { for (volatile unsigned long i = 0;; i++) {} return nullptr; }
int main() {
    pthread_t t[16];
    for (auto& x : t) pthread_create(&x, nullptr, spin, nullptr);
    spin(nullptr);
}
