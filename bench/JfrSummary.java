import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the server's Java threads spent their time during a JFR recording of the POST load
 * (made by {@code PROFILE=bench/target/post.jfr bench/load.sh}): each execution sample is put in one
 * bucket by the frames on its stack. JFR samples Java code only; time in the kernel (loopback TCP)
 * is not in these numbers. Run: {@code java bench/JfrSummary.java bench/target/post.jfr}.
 */
public class JfrSummary {
    public static void main(String[] args) throws Exception {
        Map<String, Integer> buckets = new LinkedHashMap<>();
        int total = 0;
        int toString = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            String stack = frames(e.getStackTrace().getFrames());
            buckets.merge(bucket(stack), 1, Integer::sum);
            total++;
            if (stack.contains("java.lang.Double.toString")) {
                toString++;
            }
        }
        System.out.printf("%d execution samples%n", total);
        for (Map.Entry<String, Integer> b : buckets.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList()) {
            System.out.printf("%6.1f %%  %s%n", 100.0 * b.getValue() / total, b.getKey());
        }
        System.out.printf("(%.1f %% of all samples are inside Double.toString)%n", 100.0 * toString / total);
    }

    private static String frames(List<RecordedFrame> frames) {
        return frames.stream().map(f -> f.getMethod().getType().getName() + "." + f.getMethod().getName())
                .collect(Collectors.joining(" "));
    }

    private static String bucket(String s) {
        if (s.contains("BackpropHandler.handle")) {
            if (s.contains("lab.backprop.engine.")) {
                return "handler: Backprop.step";
            } else if (s.contains("ProblemReader.read")) {
                return "handler: validate (ProblemReader)";
            } else if (s.contains("JsonBody") && s.contains("readTree")) {
                return "handler: parse JSON (readTree)";
            } else if (s.contains("JsonBody")) {
                return "handler: read the body bytes";
            } else if (s.contains("StepView.of")) {
                return "handler: StepView.of";
            } else if (s.contains("com.fasterxml.jackson")) {
                return "handler: write JSON (ctx.json -> Jackson)";
            }
            return "handler: other";
        } else if (s.contains("com.fasterxml.jackson")) {
            return "Jackson outside the handler";
        } else if (s.contains("io.javalin.")) {
            return "Javalin + Jetty around the handler (routing, headers, response)";
        } else if (s.contains("org.eclipse.jetty.")) {
            return "Jetty alone (HTTP parsing, socket I/O, thread pool)";
        }
        return "other (JIT, GC, JDK)";
    }
}
