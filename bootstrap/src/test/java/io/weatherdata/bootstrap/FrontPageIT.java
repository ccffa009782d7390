package io.weatherdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.weatherdata.adapter.in.cli.SyntheticStationFiles;
import io.weatherdata.adapter.out.postgres.TestPostgres;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The front page in a real browser: Debian's headless Chromium driven through its chromedriver, against the whole
 * service over 30 generated years of four stations with a station list and a corn series. What the charts' table
 * alternatives show must be the API's numbers, in the chosen units; screenshots go to target/screenshots.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class FrontPageIT {
  private static final DropwizardAppExtension<WeatherConfiguration> APP = new DropwizardAppExtension<>(
      WeatherApplication.class, ServiceJar.CONFIG.toString(), TestApp.overrides(TestPostgres.freshDatabase()));
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Path SCREENSHOTS = Path.of("target/screenshots");
  private static final String STATION = SyntheticStationFiles.stationId(3);
  private static Path downloads;
  private static ChromeDriver browser;

  @BeforeAll
  static void loadThirtyYearsAndOpenABrowser() throws Exception {
    Path folder = Files.createTempDirectory("front-page-it");
    SyntheticStationFiles.write(folder, 4, 1985, 2014, 17, 0.0);
    TestApp.load(APP.getConfiguration(), folder, TestApp.reference(4, 1985, 2014,
        y -> 180_000 + 5_000 * (y - 1985) - (y % 7 == 0 ? 60_000 : 0)));

    downloads = Files.createTempDirectory("front-page-downloads");
    Files.createDirectories(SCREENSHOTS);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,4000")
        .setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
            "download.prompt_for_download", false));
    options.setCapability("goog:loggingPrefs", logs);
    browser = new ChromeDriver(new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build(), options);
  }

  @AfterAll
  static void closeTheBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aPersonPicksAStationSwitchesUnitsAndDownloadsWhatAChartShows() throws Exception {
    browser.get("about:blank");
    browser.get(base() + "/");
    settled();
    assertThat(browser.getCurrentUrl()).startsWith(base() + "/app/");
    assertThat(browser.findElements(By.cssSelector("#map .chart canvas"))).isNotEmpty();
    screenshot("front-page-first-load");

    new Select(browser.findElement(By.id("station-select"))).selectByValue(STATION);
    settled();
    JsonNode station = api("/api/stations/" + STATION);
    assertThat(browser.findElement(By.id("station-heading")).getText())
        .isEqualTo(station.get("name").asText() + ", " + station.get("state").asText() + " (" + STATION + ")");
    assertThat(tableOf("yearly")).isEqualTo(rows(api("/api/weather/stats?station_id=" + STATION).get("data"),
        "year", "avg_max_temp_c", "avg_min_temp_c", "total_precipitation_cm"));

    new Select(browser.findElement(By.id("station-year"))).selectByValue("1999");
    settled();
    assertThat(tableOf("anomalies")).isEqualTo(monthRows(api("/api/weather/anomalies?station_id=" + STATION
        + "&year=1999").get("data"), "max_temp_anomaly_c", "min_temp_anomaly_c", "precipitation_anomaly_mm",
        "precipitation_pct_of_normal"));
    assertThat(tableOf("daily")).hasSize(365);

    browser.findElement(By.cssSelector("input[name=units][value=imperial]")).click();
    settled();
    assertThat(browser.findElement(By.cssSelector("#yearly figcaption .title")).getText()).contains("°F", "in");
    assertThat(tableOf("yearly")).isEqualTo(rows(api("/api/weather/stats?units=imperial&station_id=" + STATION)
        .get("data"), "year", "avg_max_temp_f", "avg_min_temp_f", "total_precipitation_in"));
    assertThat(tableOf("corn")).isEqualTo(rows(api("/api/corn/weather?units=imperial").get("data"), "year",
        "production_kt", "trend_kt", "departure_pct"));
    assertThat(tableOf("corn-temp")).isEqualTo(rows(api("/api/corn/weather?units=imperial").get("data"), "year",
        "jja_avg_max_temp_f", "departure_pct"));
    screenshot("front-page-imperial");

    WebElement link = browser.findElement(By.cssSelector("#yearly a.csv"));
    String served = HTTP.send(HttpRequest.newBuilder(URI.create(link.getAttribute("href"))).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    link.click();
    Path file = downloads.resolve(STATION + "-yearly.csv");
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> Files.exists(file));
    assertThat(Files.readString(file)).isEqualTo(served).startsWith("station_id,year,avg_max_temp_f");

    assertThat(browserErrors()).isEmpty();
  }

  @Test
  void theKeyboardAloneSelectsAStationFromTheMapsTable() throws Exception {
    browser.get("about:blank");
    browser.get(base() + "/app/#station=" + SyntheticStationFiles.stationId(1) + "&year=1990");
    settled();
    WebElement summary = browser.findElement(By.cssSelector("#map details summary"));
    summary.sendKeys(Keys.ENTER);
    WebElement pick = browser.findElement(By.cssSelector("#map button.pick[data-station='"
        + SyntheticStationFiles.stationId(2) + "']"));
    pick.sendKeys(Keys.ENTER);
    settled();

    assertThat(browser.findElement(By.id("station-heading")).getText()).endsWith("(" + SyntheticStationFiles
        .stationId(2) + ")");
    assertThat(browser.getCurrentUrl()).contains("station=" + SyntheticStationFiles.stationId(2), "year=1990");
    assertThat(browser.findElements(By.cssSelector("[data-chart] .chart[role=img][aria-label]"))).hasSize(9);
    assertThat(browser.findElements(By.cssSelector("[data-chart] details table"))).hasSize(9);
    screenshot("front-page-station");
    assertThat(browserErrors()).isEmpty();
  }

  @Test
  void clickingAStationOnTheMapSelectsIt() throws Exception {
    browser.get("about:blank");
    browser.get(base() + "/app/#station=" + SyntheticStationFiles.stationId(1));
    settled();
    String target = SyntheticStationFiles.stationId(4);
    JsonNode station = api("/api/stations/" + target);
    WebElement map = browser.findElement(By.cssSelector("#map .chart"));
    @SuppressWarnings("unchecked")
    List<Number> pixel = (List<Number>) browser.executeScript("return echarts.getInstanceByDom(arguments[0])"
        + ".convertToPixel({gridIndex: 0}, [arguments[1], arguments[2]])", map,
        station.get("longitude").asDouble(), station.get("latitude").asDouble());

    new Actions(browser).moveToElement(map, pixel.get(0).intValue() - map.getSize().getWidth() / 2,
        pixel.get(1).intValue() - map.getSize().getHeight() / 2).click().perform();
    settled();

    assertThat(browser.findElement(By.id("station-heading")).getText()).endsWith("(" + target + ")");
    assertThat(new Select(browser.findElement(By.id("station-select"))).getFirstSelectedOption()
        .getAttribute("value")).isEqualTo(target);
    assertThat(browserErrors()).isEmpty();
  }

  /** Waits until no redraw is running and none failed. */
  private static void settled() {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> "0".equals(
        b.findElement(By.tagName("body")).getAttribute("data-pending")));
    assertThat(browser.findElement(By.id("status")).getText()).isEmpty();
  }

  /** The cells of a figure's table alternative (read from the DOM, also while the table is folded away). */
  private static List<List<String>> tableOf(String figure) {
    return browser.findElements(By.cssSelector("#" + figure + " details tbody tr")).stream()
        .map(tr -> tr.findElements(By.tagName("td")).stream().map(td -> td.getAttribute("textContent")).toList())
        .toList();
  }

  /** The API's items as the table should show them: numbers compared by value, null as a dash. */
  private static List<List<String>> rows(JsonNode items, String... fields) {
    List<List<String>> rows = new ArrayList<>();
    items.forEach(item -> rows.add(java.util.Arrays.stream(fields).map(f -> cell(item.get(f))).toList()));
    return rows;
  }

  private static List<List<String>> monthRows(JsonNode items, String... fields) {
    String[] months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    List<List<String>> rows = new ArrayList<>();
    items.forEach(item -> {
      List<String> row = new ArrayList<>(List.of(months[item.get("month").asInt() - 1]));
      java.util.Arrays.stream(fields).map(f -> cell(item.get(f))).forEach(row::add);
      rows.add(row);
    });
    return rows;
  }

  /** JavaScript prints 78.10 as 78.1: the expected text is the value without trailing zeros. */
  private static String cell(JsonNode value) {
    if (value == null || value.isNull()) {
      return "—";
    }
    return value.isNumber() ? new BigDecimal(value.asText()).stripTrailingZeros().toPlainString() : value.asText();
  }

  private static List<String> browserErrors() {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage).toList();
  }

  private static void screenshot(String name) throws Exception {
    Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  private static JsonNode api(String path) throws Exception {
    return JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
        HttpResponse.BodyHandlers.ofString()).body());
  }

  private static String base() {
    return "http://localhost:" + APP.getLocalPort();
  }
}
