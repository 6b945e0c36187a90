// attack: #include "/proc/1/environ" and /proc/self/environ so that gcc quotes the judge's environment in its error messages (gcc trusts st_size, 0 for /proc files, so they may also include as empty: then the program prints nothing: WA)
// incident: Judge0 #564 through the compiler; "no compiler message shows host contents"
// package: sec-env
// verdicts: CE WA
// layer: bwrap started with a minimal environment; --clearenv for the compiler
#include "/proc/1/environ"
#include "/proc/self/environ"
int main() {}
