// attack: javac overload-resolution bomb: nested implicit lambdas against overloaded methods (exponential type checking)
// incident: compilation bombs
// package: sec-answer
// verdicts: CE
// wall: 40
// layer: compile limits (CPU, wall) for javac in the sandbox
public class CompileBomb {
    interface F { int f(int x); }
    interface G { long f(long x); }
    interface H { String f(String x); }
    static int m(F f) { return 0; }
    static int m(G g) { return 0; }
    static int m(H h) { return 0; }
    public static void main(String[] args) {
        m(a -> m(b -> m(c -> m(d -> m(e -> m(f -> m(g -> m(h -> m(i -> m(j -> m(k -> m(l -> m(n -> m(o -> m(p -> m(q -> 0))))))))))))))));
    }
}
