// attack: Java: sleep forever in main and in a non-daemon thread
// incident: sleeping forever
// package: sec-escaped
// verdicts: TLE
// layer: wall-time watchdog
public class SleepForever {
    public static void main(String[] args) throws Exception {
        new Thread(() -> { try { Thread.sleep(Long.MAX_VALUE); } catch (Exception e) { } }).start();
        Thread.sleep(Long.MAX_VALUE);
    }
}
