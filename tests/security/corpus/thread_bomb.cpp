// attack: C++ thread bomb: create threads until it fails, each spinning, then keep creating
// incident: thread bombs
// package: sec-escaped
// verdicts: TLE RTE WA MLE
// layer: RLIMIT_NPROC (threads count), RLIMIT_AS, CPU limit; pids cgroup
#include <pthread.h>
#include <unistd.h>
static void* spin(void*) { for (volatile long i = 0;; i++) {} return nullptr; }
int main() {
    for (;;) {
        pthread_t t;
        pthread_attr_t a; pthread_attr_init(&a); pthread_attr_setstacksize(&a, 65536);
        pthread_create(&t, &a, spin, nullptr);
    }
}
