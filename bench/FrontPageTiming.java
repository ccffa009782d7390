import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How long a person waits for the front page (headless Chromium, fresh profile): the first visit and a repeat
 * visit until every chart is drawn, and a switch to another station; beside the baseline of fetching a third
 * station's five API requests in parallel without a browser (also not cached yet). Usage:
 * java -cp … FrontPageTiming.java BASE STATION OTHER_STATION THIRD_STATION.
 */
public class FrontPageTiming {
  public static void main(String[] args) throws Exception {
    String base = args[0];
    String station = args[1];
    String other = args[2];
    String third = args[3];
    ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,4000");
    ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build(), options);
    try {
      String page = base + "/app/#station=" + station + "&year=1988";
      long first = visit(browser, page);
      browser.get("about:blank");
      long repeat = visit(browser, page);
      double before = ((Number) browser.executeScript("return performance.now()")).doubleValue();
      new Select(browser.findElement(By.id("station-select"))).selectByValue(other);
      settled(browser);
      long change = Math.round(settledAt(browser) - before);
      long api = apiOnly(base, third);
      System.out.printf("first visit %d ms, repeat visit %d ms, another station %d ms; its 5 API requests alone "
          + "%d ms%n", first, repeat, change, api);
    } finally {
      browser.quit();
    }
  }

  /** Navigation start to the last chart drawn, by the page's own clock. */
  private static long visit(ChromeDriver browser, String url) {
    browser.get(url);
    settled(browser);
    return Math.round(settledAt(browser));
  }

  private static void settled(ChromeDriver browser) {
    new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(5)).until(b -> "0".equals(
        b.findElement(By.tagName("body")).getAttribute("data-pending")));
  }

  private static double settledAt(ChromeDriver browser) {
    return Double.parseDouble(browser.findElement(By.tagName("body")).getAttribute("data-settled-ms"));
  }

  private static long apiOnly(String base, String station) {
    HttpClient http = HttpClient.newHttpClient();
    String id = "station_id=" + station + "&units=metric";
    List<String> paths = List.of("/api/stations/" + station + "?units=metric", "/api/weather/stats?" + id
        + "&page_size=100", "/api/weather/monthly?" + id + "&page_size=1000", "/api/weather?" + id
        + "&start_date=1988-01-01&end_date=1988-12-31&page_size=1000", "/api/weather/anomalies?" + id
        + "&year=1988&page_size=100");
    long start = System.nanoTime();
    CompletableFuture.allOf(paths.stream().map(p -> http.sendAsync(HttpRequest.newBuilder(URI.create(base + p))
        .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray()))
        .toArray(CompletableFuture[]::new)).join();
    return (System.nanoTime() - start) / 1_000_000;
  }
}
