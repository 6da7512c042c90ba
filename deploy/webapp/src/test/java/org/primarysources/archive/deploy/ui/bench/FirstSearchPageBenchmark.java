package org.primarysources.archive.deploy.ui.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long an anonymous visitor waits for the search page (issue 7: "a visitor's first search page is interactive in
 * under 2 s"). A benchmark, not a test: it asserts no timing, it measures and reports. Run it against a running
 * archive (bench/run-ui-benchmark.sh starts one):
 *
 * <pre>java -cp … org.primarysources.archive.deploy.ui.bench.FirstSearchPageBenchmark --url=http://localhost:8080/
 *     [--runs=20] [--warmup=3] [--query=Sesupe] [--settle-ms=500] [--out=deploy/webapp/target/ui-bench/…md]</pre>
 *
 * <p>Each run starts headless Chromium with a new, empty profile (cold HTTP cache, no cookies), opens the landing
 * page and measures, inside the page, from navigation start until it is <em>interactive</em>: the Vaadin client has
 * bootstrapped ({@code window.Vaadin.Flow.clients} non-empty), no client has a server round trip under way
 * ({@code isActive()} false for all), the search box's input is present, visible and enabled, and the first results
 * list ({@code .archive-hits > li}) is rendered. A script injected before any of the page's own
 * ({@code Page.addScriptToEvaluateOnNewDocument}) checks that every 10 ms and stamps {@code performance.now()}, so
 * WebDriver's polling does not enter the figures. It then types the query into the box and measures until a
 * highlighted hit ({@code .archive-hits > li mark}) for it is shown with no round trip pending; then it opens the
 * page again in the same browser (warm HTTP cache, same session cookie) and measures that load the same way.
 */
public final class FirstSearchPageBenchmark {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(60);

    /** Runs in the page before its own scripts; keeps its findings in {@code window.__bench}. */
    private static final String MONITOR = """
            (() => {
              const m = window.__bench = { interactive: -1, since: -1, client: -1, field: -1, hits: -1,
                  firstInput: -1, lastInput: -1, hit: -1, query: null, longTasks: [], checks: 0 };
              try {
                new PerformanceObserver(list => list.getEntries()
                    .forEach(e => m.longTasks.push([e.startTime, e.duration])))
                    .observe({ type: 'longtask', buffered: true });
              } catch (e) { /* no long task timing: the list stays empty */ }
              const fold = s => s.normalize('NFD').replace(/\\p{M}+/gu, '').toLowerCase();
              document.addEventListener('input', () => {
                const now = performance.now();
                if (m.query !== null) { if (m.firstInput < 0) m.firstInput = now; m.lastInput = now; }
              }, true);
              const check = () => {
                const now = performance.now();
                m.checks++;
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                    ? Object.values(window.Vaadin.Flow.clients) : [];
                const booted = clients.length > 0;
                if (booted && m.client < 0) m.client = now;
                const idle = booted && clients.every(c => !c.isActive || !c.isActive());
                const input = document.querySelector('vaadin-text-field.archive-search-field input');
                const field = !!input && !input.disabled && !input.readOnly && input.getClientRects().length > 0;
                if (field && m.field < 0) m.field = now;
                const hits = !!document.querySelector('.archive-hits > li');
                if (hits && m.hits < 0) m.hits = now;
                if (booted && idle && field && hits) {
                  if (m.interactive < 0) m.interactive = now;
                  if (m.since < 0) m.since = now;
                } else {
                  m.since = -1;
                }
                if (m.query !== null && m.lastInput >= 0 && m.hit < 0 && idle
                    && location.search.indexOf('q=' + encodeURIComponent(m.query)) >= 0) {
                  const marks = document.querySelectorAll('.archive-hits > li mark');
                  for (const mark of marks) {
                    if (fold(mark.textContent).indexOf(fold(m.query)) >= 0) { m.hit = now; break; }
                  }
                }
                setTimeout(check, 10);
              };
              check();
            })();
            """;

    /** What the page measured, the browser's navigation timing and every resource it fetched, as JSON. */
    private static final String COLLECT = """
            const m = window.__bench || {};
            const nav = performance.getEntriesByType('navigation')[0] || {};
            const resources = performance.getEntriesByType('resource').map(r => ({ name: r.name,
                type: r.initiatorType, start: r.startTime, requestStart: r.requestStart,
                responseStart: r.responseStart, end: r.responseEnd, transfer: r.transferSize || 0,
                encoded: r.encodedBodySize || 0, decoded: r.decodedBodySize || 0 }));
            return JSON.stringify({ now: performance.now(), bench: m, nav: { requestStart: nav.requestStart || 0,
                responseStart: nav.responseStart || 0, responseEnd: nav.responseEnd || 0,
                domInteractive: nav.domInteractive || 0, dcl: nav.domContentLoadedEventEnd || 0,
                load: nav.loadEventEnd || 0, transfer: nav.transferSize || 0, encoded: nav.encodedBodySize || 0,
                decoded: nav.decodedBodySize || 0 }, resources: resources });
            """;

    private final Options options;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String browserVersion = "?";

    private FirstSearchPageBenchmark(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        System.setProperty("SE_OFFLINE", "true"); // never let Selenium Manager download a driver
        new FirstSearchPageBenchmark(options).run();
    }

    private void run() throws Exception {
        Instant started = Instant.now();
        String loadAtStart = loadAverage();
        long expected = awaitSearchable();
        System.err.printf("The archive finds %d result(s) for '%s'. Warming the server up with %d load(s)...%n",
                expected, options.query, options.warmup);
        List<Run> warmups = new ArrayList<>();
        for (int i = 0; i < options.warmup; i++) {
            warmups.add(oneRun(false));
        }
        List<Run> runs = new ArrayList<>();
        List<Double> loads = new ArrayList<>();
        for (int i = 0; i < options.runs; i++) {
            Run run = oneRun(true);
            runs.add(run);
            loads.add(Double.parseDouble(loadAverage().split(" ")[0]));
            System.err.printf("run %2d/%d: cold interactive %6.0f ms, search %6.0f ms, warm interactive %6.0f ms%n",
                    i + 1, options.runs, run.cold.interactive(), run.searchAfterLastKey, run.warm.interactive());
        }
        String report = report(started, loadAtStart, loadAverage(), loads, warmups, runs, expected);
        System.out.println(report);
        Files.createDirectories(options.out.toAbsolutePath().getParent());
        Files.writeString(options.out, report);
        Path csv = Path.of(options.out.toString().replaceFirst("\\.md$", "") + "-runs.csv");
        Files.writeString(csv, csv(runs));
        System.err.println("Written to " + options.out + " and " + csv);
    }

    // ---- one visitor ---------------------------------------------------------------------------------------------

    /** One anonymous visitor: a fresh profile, the first page (cold), a search, the page again (warm). */
    private Run oneRun(boolean full) throws Exception {
        Path profile = Files.createTempDirectory("bench-chromium-profile-");
        ChromeDriver browser = browser(profile);
        try {
            browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", MONITOR));
            browser.get(options.url);
            Load cold = awaitInteractive(browser);
            if (!full) {
                return new Run(cold, null, Double.NaN, Double.NaN);
            }
            ((JavascriptExecutor) browser).executeScript("window.__bench.query = arguments[0]", options.query);
            WebElement input = browser.findElement(By.cssSelector("vaadin-text-field.archive-search-field input"));
            input.click();
            input.sendKeys(options.query);
            JsonObject searched = await(browser, bench -> number(bench, "hit") >= 0, "a highlighted hit for '"
                    + options.query + "'");
            JsonObject bench = searched.getJsonObject("bench");
            double hit = number(bench, "hit");
            double afterLast = hit - number(bench, "lastInput");
            double afterFirst = hit - number(bench, "firstInput");

            browser.get("about:blank");
            browser.get(options.url);
            Load warm = awaitInteractive(browser);
            return new Run(cold, warm, afterLast, afterFirst);
        } finally {
            browser.quit();
            delete(profile);
        }
    }

    private ChromeDriver browser(Path profile) {
        ChromeOptions chrome = new ChromeOptions();
        chrome.setBinary(options.chromium);
        chrome.setPageLoadStrategy(PageLoadStrategy.NORMAL);
        // the flags BrowserJourneysIT uses: as root Chromium needs --no-sandbox; the fresh profile is the cold cache
        chrome.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile,
                "--window-size=" + options.width + "," + options.height, "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(options.chromedriver))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, chrome);
        driver.manage().window().setSize(new Dimension(options.width, options.height));
        Object version = driver.getCapabilities().getCapability("browserVersion");
        browserVersion = version == null ? "?" : version.toString();
        return driver;
    }

    /** Waits until the page has been interactive for settle-ms without a break (and has fired load), then reads it. */
    private Load awaitInteractive(ChromeDriver browser) throws InterruptedException {
        JsonObject found = await(browser, bench -> number(bench, "since") >= 0, "the page to become interactive");
        while (true) {
            JsonObject bench = found.getJsonObject("bench");
            double since = number(bench, "since");
            if (since >= 0 && number(found, "now") - since >= options.settleMs
                    && found.getJsonObject("nav").getJsonNumber("load").doubleValue() > 0) {
                return Load.of(found);
            }
            Thread.sleep(50);
            found = collect(browser);
        }
    }

    private JsonObject await(ChromeDriver browser, java.util.function.Predicate<JsonObject> done, String what)
            throws InterruptedException {
        Instant until = Instant.now().plus(PAGE_TIMEOUT);
        while (true) {
            JsonObject found = collect(browser);
            if (found.get("bench") instanceof JsonObject bench && !bench.isEmpty() && done.test(bench)) {
                return found;
            }
            if (Instant.now().isAfter(until)) {
                throw new IllegalStateException("Gave up waiting " + PAGE_TIMEOUT.toSeconds() + " s for " + what
                        + " at " + browser.getCurrentUrl() + "; the page measured " + found.get("bench"));
            }
            Thread.sleep(50);
        }
    }

    private static JsonObject collect(ChromeDriver browser) {
        return json(String.valueOf(((JavascriptExecutor) browser).executeScript(COLLECT)));
    }

    /** The demo archive is indexed by the outbox relay after start-up: wait until the query finds something. */
    private long awaitSearchable() throws IOException, InterruptedException {
        URI api = URI.create(options.url).resolve("api/search?size=1&q="
                + URLEncoder.encode(options.query, StandardCharsets.UTF_8));
        Instant until = Instant.now().plus(Duration.ofSeconds(120));
        while (true) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(api).timeout(Duration.ofSeconds(10))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    long total = json(response.body()).getJsonNumber("total").longValue();
                    if (total > 0) {
                        return total;
                    }
                }
            } catch (IOException e) {
                // not up yet
            }
            if (Instant.now().isAfter(until)) {
                throw new IllegalStateException(api + " found nothing within 120 s: is the demo archive loaded?");
            }
            Thread.sleep(1_000);
        }
    }

    // ---- the report ----------------------------------------------------------------------------------------------

    private String report(Instant started, String loadAtStart, String loadAtEnd, List<Double> loads,
                          List<Run> warmups, List<Run> runs, long expected) {
        StringBuilder out = new StringBuilder();
        out.append("## First search page — ").append(UTC.format(started)).append("\n\n");
        out.append(String.format(Locale.ROOT, "%s, %d runs (+%d warm-up loads not counted), Chromium %s headless "
                        + "%dx%d, %d CPUs, load average at start %s, at end %s; 1-min load during the runs "
                        + "p50 %.2f, max %.2f. '%s' finds %d result(s).%n%n", options.url, runs.size(), warmups.size(),
                browserVersion, options.width, options.height, Runtime.getRuntime().availableProcessors(),
                loadAtStart, loadAtEnd, percentile(loads, 50), percentile(loads, 100), options.query, expected));
        out.append("Times in ms from navigation start (the browser's `performance.now()`); sizes in KB (1,000 bytes)"
                + " as transferred (`transferSize`: compressed body + headers, 0 from cache).\n\n");
        out.append("| what | cold p50 | cold p90 | cold max | warm p50 | warm p90 | warm max |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|\n");
        row(out, "document `responseEnd`", runs, Load::responseEnd);
        row(out, "`DOMContentLoaded` (end)", runs, Load::domContentLoaded);
        row(out, "`load` (end)", runs, Load::load);
        row(out, "Vaadin client bootstrapped", runs, Load::client);
        row(out, "search box enabled", runs, Load::field);
        row(out, "first results list rendered", runs, Load::hits);
        row(out, "**interactive** (all of the above, no round trip pending)", runs, Load::interactive);
        row(out, "Vaadin server requests until interactive", runs, load -> (double) load.vaadinRequests());
        row(out, "requests until interactive (all)", runs, load -> (double) load.requests());
        row(out, "KB transferred until interactive", runs, load -> load.transferred() / 1000.0);
        row(out, "long tasks (main thread ≥ 50 ms) until interactive, ms", runs, Load::longTaskMillis);
        List<Double> cold = runs.stream().map(run -> run.cold.interactive()).toList();
        long under = cold.stream().filter(ms -> ms < options.goalMs).count();
        out.append(String.format(Locale.ROOT, "%nCold first page interactive under %d ms in %d of %d runs.%n%n",
                options.goalMs, under, runs.size()));
        out.append("| search (typed into the box of the cold page) | p50 | p90 | max |\n|---|---:|---:|---:|\n");
        List<Double> afterLast = runs.stream().map(run -> run.searchAfterLastKey).toList();
        List<Double> afterFirst = runs.stream().map(run -> run.searchAfterFirstKey).toList();
        out.append(String.format(Locale.ROOT, "| highlighted hit for '%s' after the last keystroke (includes the "
                        + "350 ms typing pause) | %.0f | %.0f | %.0f |%n", options.query, percentile(afterLast, 50),
                percentile(afterLast, 90), percentile(afterLast, 100)));
        out.append(String.format(Locale.ROOT, "| … after the first keystroke | %.0f | %.0f | %.0f |%n%n",
                percentile(afterFirst, 50), percentile(afterFirst, 90), percentile(afterFirst, 100)));
        if (!warmups.isEmpty()) {
            out.append("Warm-up loads (cold browser, server just started), interactive at: ").append(String.join(", ",
                    warmups.stream().map(run -> String.format(Locale.ROOT, "%.0f ms", run.cold.interactive()))
                            .toList())).append(".\n\n");
        }
        out.append(resourceTable(runs));
        return out.toString();
    }

    private void row(StringBuilder out, String what, List<Run> runs, Function<Load, Double> metric) {
        List<Double> cold = runs.stream().map(run -> metric.apply(run.cold)).toList();
        List<Double> warm = runs.stream().map(run -> metric.apply(run.warm)).toList();
        out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", what,
                format(percentile(cold, 50)), format(percentile(cold, 90)), format(percentile(cold, 100)),
                format(percentile(warm, 50)), format(percentile(warm, 90)), format(percentile(warm, 100))));
    }

    /** Where a cold load's time goes: each request (in order of its kind), median over the runs. */
    private String resourceTable(List<Run> runs) {
        Map<String, List<double[]>> byKey = new LinkedHashMap<>();
        for (Run run : runs) {
            Map<String, Integer> seen = new HashMap<>();
            List<JsonObject> requests = new ArrayList<>();
            requests.add(run.cold.document());
            requests.addAll(run.cold.resources());
            requests.sort(Comparator.comparingDouble(r -> number(r, "start")));
            for (JsonObject r : requests) {
                String key = key(r.getString("name"));
                int n = seen.merge(key, 1, Integer::sum);
                byKey.computeIfAbsent(n == 1 ? key : key + " #" + n, k -> new ArrayList<>()).add(new double[] {
                        number(r, "start"), number(r, "responseStart") - number(r, "requestStart"),
                        number(r, "end") - number(r, "start"), number(r, "end"), number(r, "transfer"),
                        number(r, "decoded")});
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("Requests of the cold loads (median over the runs in which each occurred; times in ms from "
                + "navigation start; wait = `responseStart − requestStart`, the server's time plus one loopback "
                + "round trip):\n\n");
        out.append("| request | runs | start | wait | duration | end | KB transferred | KB decoded |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        byKey.entrySet().stream()
                .sorted(Comparator.comparingDouble(e -> median(e.getValue(), 0)))
                .forEach(e -> out.append(String.format(Locale.ROOT,
                        "| `%s` | %d | %.0f | %.0f | %.0f | %.0f | %.1f | %.1f |%n", e.getKey(), e.getValue().size(),
                        median(e.getValue(), 0), median(e.getValue(), 1), median(e.getValue(), 2),
                        median(e.getValue(), 3), median(e.getValue(), 4) / 1000, median(e.getValue(), 5) / 1000)));
        return out.toString();
    }

    private static final Pattern VAADIN_REQUEST = Pattern.compile("[?&]v-r=([a-z-]+)");

    /** A request's path without host and (for Vaadin's own requests) its changing parameters. */
    private static String key(String url) {
        URI uri = URI.create(url);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery();
        if (query != null) {
            Matcher vaadin = VAADIN_REQUEST.matcher("?" + query);
            return vaadin.find() ? path + "?v-r=" + vaadin.group(1) : path + "?…";
        }
        return path;
    }

    private static String csv(List<Run> runs) {
        StringBuilder out = new StringBuilder("run,load,responseEnd,dcl,loadEvent,client,field,hits,interactive,"
                + "vaadinRequests,requests,transferredBytes,longTaskMs,searchAfterLastKey,searchAfterFirstKey\n");
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            for (String which : List.of("cold", "warm")) {
                Load l = which.equals("cold") ? run.cold : run.warm;
                out.append(String.format(Locale.ROOT,
                        "%d,%s,%.1f,%.1f,%.1f,%.1f,%.1f,%.1f,%.1f,%d,%d,%d,%.0f,%.0f,%.0f%n",
                        i + 1, which, l.responseEnd(), l.domContentLoaded(), l.load(), l.client(), l.field(), l.hits(),
                        l.interactive(), l.vaadinRequests(), l.requests(), l.transferred(), l.longTaskMillis(),
                        which.equals("cold") ? run.searchAfterLastKey : Double.NaN,
                        which.equals("cold") ? run.searchAfterFirstKey : Double.NaN));
            }
        }
        return out.toString();
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /** Nearest-rank percentile; 100 is the maximum. */
    static double percentile(List<Double> values, double p) {
        List<Double> sorted = values.stream().filter(v -> !Double.isNaN(v)).sorted().toList();
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private static double median(List<double[]> rows, int column) {
        return percentile(rows.stream().map(row -> row[column]).toList(), 50);
    }

    private static String format(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.0f", value);
    }

    private static double number(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonNumber number ? number.doubleValue() : Double.NaN;
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "? ? ?";
        }
    }

    private static void delete(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** One visitor: the first load, the search typed into it, and the page opened again. */
    private record Run(Load cold, Load warm, double searchAfterLastKey, double searchAfterFirstKey) {
    }

    /** One page load as measured: the monitor's stamps, navigation timing and the resources fetched. */
    private record Load(JsonObject bench, JsonObject nav, List<JsonObject> resources) {

        static Load of(JsonObject collected) {
            return new Load(collected.getJsonObject("bench"), collected.getJsonObject("nav"),
                    collected.getJsonArray("resources").getValuesAs(JsonObject.class));
        }

        double responseEnd() {
            return number(nav, "responseEnd");
        }

        double domContentLoaded() {
            return number(nav, "dcl");
        }

        double load() {
            return number(nav, "load");
        }

        double client() {
            return number(bench, "client");
        }

        double field() {
            return number(bench, "field");
        }

        double hits() {
            return number(bench, "hits");
        }

        double interactive() {
            return number(bench, "interactive");
        }

        private List<JsonObject> untilInteractive() {
            return resources.stream().filter(r -> number(r, "start") <= interactive()).toList();
        }

        long vaadinRequests() {
            return untilInteractive().stream().filter(r -> VAADIN_REQUEST.matcher(r.getString("name")).find()).count();
        }

        long requests() {
            return 1 + untilInteractive().size();
        }

        long transferred() {
            return (long) number(nav, "transfer") + untilInteractive().stream()
                    .mapToLong(r -> (long) number(r, "transfer")).sum();
        }

        double longTaskMillis() {
            JsonArray tasks = bench.getJsonArray("longTasks");
            double total = 0;
            for (JsonValue task : tasks) {
                JsonArray t = task.asJsonArray();
                if (t.getJsonNumber(0).doubleValue() < interactive()) {
                    total += t.getJsonNumber(1).doubleValue();
                }
            }
            return total;
        }

        /** The document itself, shaped like a resource entry. */
        JsonObject document() {
            return Json.createObjectBuilder().add("name", "http://document/").add("start", 0)
                    .add("requestStart", number(nav, "requestStart")).add("responseStart", number(nav, "responseStart"))
                    .add("end", number(nav, "responseEnd")).add("transfer", number(nav, "transfer"))
                    .add("decoded", number(nav, "decoded")).build();
        }
    }

    private record Options(String url, int runs, int warmup, String query, int settleMs, int goalMs, Path out,
                           String chromium, String chromedriver, int width, int height) {

        static Options parse(String[] args) {
            Map<String, String> given = new HashMap<>();
            for (String arg : args) {
                if (!arg.startsWith("--") || !arg.contains("=")) {
                    throw new IllegalArgumentException("Options look like --name=value, not " + arg);
                }
                given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
            String url = given.remove("url");
            if (url == null) {
                throw new IllegalArgumentException("--url=http://localhost:PORT/ of a running archive is required");
            }
            Options options = new Options(url.endsWith("/") ? url : url + "/",
                    Integer.parseInt(given.getOrDefault("runs", "20")),
                    Integer.parseInt(given.getOrDefault("warmup", "3")),
                    given.getOrDefault("query", "Sesupe"),
                    Integer.parseInt(given.getOrDefault("settle-ms", "500")),
                    Integer.parseInt(given.getOrDefault("goal-ms", "2000")),
                    Path.of(given.getOrDefault("out", "deploy/webapp/target/ui-bench/first-search-page.md")),
                    given.getOrDefault("chromium", "/usr/bin/chromium"),
                    given.getOrDefault("chromedriver", "/usr/bin/chromedriver"),
                    Integer.parseInt(given.getOrDefault("width", "1280")),
                    Integer.parseInt(given.getOrDefault("height", "1000")));
            List.of("runs", "warmup", "query", "settle-ms", "goal-ms", "out", "chromium", "chromedriver", "width",
                    "height").forEach(given::remove);
            if (!given.isEmpty()) {
                throw new IllegalArgumentException("Unknown options: " + given.keySet());
            }
            return options;
        }
    }
}
