import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.lang.management.ManagementFactory;
import java.util.Map;

/**
 * Cold start of a Lambda function class from the Lambda jar, without the Lambda runtime: JVM start → function
 * constructed (what AWS does at init) → first event handled. Usage (env configured as for the function):
 * java -cp bootstrap/lambda/target/weather-lambda.jar:bench/classes ColdStart <function class> <detail-type>
 */
public final class ColdStart {
  public static void main(String[] args) throws Exception {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    @SuppressWarnings("unchecked")
    RequestHandler<ScheduledEvent, Map<String, Object>> function =
        (RequestHandler<ScheduledEvent, Map<String, Object>>) Class.forName(args[0]).getDeclaredConstructor()
            .newInstance();
    long constructed = System.currentTimeMillis();
    ScheduledEvent event = new ScheduledEvent();
    event.setDetailType(args[1]);
    Map<String, Object> result = function.handleRequest(event, null);
    long handled = System.currentTimeMillis();
    long second = System.nanoTime();
    function.handleRequest(event, null);
    long warm = (System.nanoTime() - second) / 1_000_000;
    System.err.printf("cold_start_ms init=%d first_event=%d total=%d warm_event_ms=%d result=%s%n",
        constructed - jvmStart, handled - constructed, handled - jvmStart, warm, result);
  }
}
