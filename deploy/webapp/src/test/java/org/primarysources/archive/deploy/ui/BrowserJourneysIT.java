package org.primarysources.archive.deploy.ui;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.primarysources.archive.core.text.Folding;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archive as people use it, in a real headless Chromium against the real WAR on Payara Micro (with the demo
 * archive loaded and the build's OpenSearch node): a researcher finds and cites, an archivist imports, an editor
 * reviews and approves, and what they publish becomes searchable. Each journey leaves a screenshot of its end state
 * in {@code target/screenshots/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserJourneysIT {

    private static final String PASSWORD = System.getProperty("it.demo.password");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration VAADIN = Duration.ofSeconds(20);
    /** The outbox relay indexes approved records asynchronously. */
    private static final Duration INDEXING = Duration.ofSeconds(30);
    /**
     * This run's own index: the build's OpenSearch node outlives a run (and serves other test classes), while each
     * run starts with an empty database whose record ids repeat — an old document would shadow a new record.
     */
    private static final String INDEX_PREFIX = "archive-ui-journeys-";
    private static final String INDEX = INDEX_PREFIX + Instant.now().getEpochSecond();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Path> profiles = new ArrayList<>();
    private final List<WebDriver> browsers = new ArrayList<>();

    @ArquillianResource
    URL deployed;

    @Deployment(testable = false)
    static WebArchive archive() {
        forgetEarlierRuns();
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("archive.war")));
        ArchivePath config = ArchivePaths.create("WEB-INF/classes/META-INF/microprofile-config.properties");
        String existing = "";
        Node node = war.get(config);
        if (node != null && node.getAsset() != null) {
            try (var in = node.getAsset().openStream()) {
                existing = new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\n";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            war.delete(config);
        }
        war.add(new StringAsset(existing + "archive.opensearch.index=" + INDEX + "\n"), config);
        return war;
    }

    /** Deletes the indices earlier runs of this class left on the node; best effort, the new index is unique anyway. */
    private static void forgetEarlierRuns() {
        String node = System.getProperty("archive.opensearch.url");
        if (node == null) {
            return;
        }
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(node + "/" + INDEX_PREFIX + "*"))
                    .DELETE().timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            // the node may not answer yet; the index of this run is new either way
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @AfterEach
    void closeBrowsers() throws IOException {
        browsers.forEach(WebDriver::quit);
        for (Path profile : profiles) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    // ---- the journeys -------------------------------------------------------------------------------------------

    @Test
    void anonymousResearcherSearchesSesupeOpensTheHitAndCitesItInChicagoStyle() throws Exception {
        ensureACitableRecordMentions("Šešupė");
        WebDriver browser = browser(1280, 1000);
        open(browser, "");

        search(browser, "Sesupe");
        WebElement hit = awaitCitableHit(browser, "Sesupe");
        String label = hit.getText();
        hit.click();
        waitFor(browser).until(driver -> driver.findElement(By.tagName("h1")).getText().equals(label));
        awaitVaadin(browser);
        button(browser, "Cite").click();

        WebElement chicago = waitFor(browser).until(driver -> {
            List<WebElement> found = driver.findElements(By.id("archive-citation-chicago-notes-bibliography"));
            return found.isEmpty() || found.get(0).getText().isBlank() ? null : found.get(0);
        });
        assertThat(chicago.getText()).contains("Soviet–Lithuanian Mutual Assistance Treaty")
                .containsPattern("https://archive\\.example\\.org/records/\\d+/versions/\\d+")
                .doesNotContain("/api/");
        assertThat(browser.findElements(By.cssSelector("a[download][href*='format=bibtex']"))).hasSize(1);
        screenshot(browser, "1-researcher-cites-in-chicago-style");
    }

    @Test
    void researcherFollowsACitationToTheVersionItPinsAfterTheRecordWasRevised() throws Exception {
        String word = uniqueWord("Merkys");
        String first = "The " + word + " garrisons will stay only as long as the war lasts.";
        long sourceId = demoSourceId();
        long created = draftAndSubmit(Json.createObjectBuilder().add("kind", "QUOTE").add("text", first)
                .add("sourceId", sourceId));
        long recordId = api("POST", "/api/changes/" + created + "/approve", "editor", "{\"comment\":\"checked\"}")
                .getJsonObject("change").getJsonNumber("recordId").longValue();
        WebDriver browser = browser(1280, 1200);
        open(browser, "records/" + recordId);
        button(browser, "Cite").click();
        WebElement pinned = waitFor(browser).until(driver ->
                driver.findElements(By.cssSelector(".archive-cite-link")).stream().findFirst().orElse(null));
        URI cited = URI.create(pinned.getAttribute("href"));
        assertThat(cited.getHost()).isEqualTo("archive.example.org");
        assertThat(cited.getPath()).isEqualTo("/records/" + recordId + "/versions/1");

        String revised = "The " + word + " garrisons will stay for fifteen years.";
        long update = api("POST", "/api/changes", "archivist", Json.createObjectBuilder().add("action", "UPDATE")
                .add("recordId", recordId).add("baseVersion", 1)
                .add("record", Json.createObjectBuilder().add("kind", "QUOTE").add("text", revised)
                        .add("sourceId", sourceId)).build().toString())
                .getJsonObject("change").getJsonNumber("id").longValue();
        api("POST", "/api/changes/" + update + "/submit", "archivist", "{}");
        api("POST", "/api/changes/" + update + "/approve", "editor", "{\"comment\":\"checked\"}");

        // the citation names the public host; the same path on the host under test is the same page
        open(browser, cited.getPath().substring(1));
        assertThat(browser.findElement(By.cssSelector(".archive-record-text")).getText()).isEqualTo(first);
        WebElement banner = browser.findElement(By.cssSelector(".archive-version-banner"));
        assertThat(banner.getText()).contains("You are reading version 1 of this record");
        assertThat(browser.getTitle()).endsWith("(version 1) – Archive");
        screenshot(browser, "1b-researcher-reads-the-cited-version");

        banner.findElement(By.tagName("a")).click();
        waitFor(browser).until(driver -> driver.findElement(By.cssSelector(".archive-record-text")).getText()
                .equals(revised));
        assertThat(browser.findElements(By.cssSelector(".archive-version-banner"))).isEmpty();
    }

    @Test
    void archivistUploadsAnArticleChecksThePreviewAndSubmitsItForReview() throws Exception {
        String word = uniqueWord("Vaiguva");
        Path article = Files.createTempFile("article-", ".txt");
        Files.writeString(article, article(word));
        WebDriver browser = browser(1280, 1400);
        signIn(browser, "archivist");
        open(browser, "import");

        uploadInput(browser).sendKeys(article.toAbsolutePath().toString());

        WebElement create = awaitButton(browser, "Create the drafts");
        String preview = browser.findElement(By.cssSelector(".archive-import-preview")).getText();
        assertThat(preview).contains("2 clauses").contains("Article I").contains(word);
        screenshot(browser, "2a-archivist-preview");
        create.click();
        awaitButton(browser, "Submit all for review").click();
        WebElement submitted = waitFor(browser).until(driver ->
                driver.findElements(By.cssSelector(".archive-import-submitted")).stream().findFirst().orElse(null));

        assertThat(submitted.getText()).contains("wait for an editor");
        String follow = submitted.findElement(By.tagName("a")).getAttribute("href");
        assertThat(follow).contains("my-changes?import=");
        long importId = Long.parseLong(follow.replaceAll(".*import=(\\d+).*", "$1"));
        assertThat(api("GET", "/api/changes?state=IN_REVIEW&import=" + importId + "&size=1", "editor", null)
                .getJsonNumber("total").longValue()).isGreaterThan(1);
        screenshot(browser, "2-archivist-submitted-for-review");
        Files.deleteIfExists(article);
    }

    @Test
    void editorReviewsTheDifferenceApprovesAndTheRecordBecomesSearchable() throws Exception {
        String word = uniqueWord("Nemunelis");
        long importId = importAndSubmitAsArchivist(article(word));
        WebDriver browser = browser(1280, 1400);
        signIn(browser, "editor");
        open(browser, "review");
        assertThat(browser.findElement(By.cssSelector("vaadin-side-nav-item .archive-backlog")).getText())
                .matches("(?s)\\d+\\s*waiting|\\d+");

        browser.findElement(By.linkText("import " + importId)).click();
        awaitVaadin(browser);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("review?import=" + importId));
        List<WebElement> changes = browser.findElements(By.cssSelector(".archive-changes .archive-hit-title a"));
        assertThat(changes).hasSizeGreaterThan(1);
        changes.get(0).click();
        awaitVaadin(browser);

        List<WebElement> inserted = browser.findElements(By.cssSelector(".archive-diff ins"));
        assertThat(inserted).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector(".archive-change-difference")).getText()).contains(word);
        screenshot(browser, "3a-editor-sees-the-difference");
        button(browser, "Approve").click();
        waitFor(browser).until(driver -> driver
                .findElement(By.cssSelector(".archive-change-decision"))
                .getText().contains("Approved: the change is published."));

        open(browser, "review?import=" + importId);
        WebElement approveAll = browser.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.getText().startsWith("Approve all")).findFirst().orElseThrow();
        approveAll.click();
        waitFor(browser).until(driver -> driver.findElement(By.tagName("h2")).getText()
                .equals("0 changes waiting"));

        open(browser, "");
        search(browser, word);
        WebElement hit = awaitHit(browser, word, false);
        assertThat(hit.getText()).isNotBlank();
        screenshot(browser, "3-editor-approved-and-the-record-is-found");
    }

    @Test
    void markupInAQuoteOrCommentShowsItsCharactersAndRunsNothing() throws Exception {
        String script = "<script>window.__xss = 1</script><img src=x onerror=\"window.__xss = 2\">";
        long change = draftAndSubmit(Json.createObjectBuilder()
                .add("kind", "QUOTE").add("text", "We said " + script).add("sourceId", demoSourceId()));
        api("POST", "/api/changes/" + change + "/comments", "editor", Json.createObjectBuilder()
                .add("body", "Is this <b onmouseover=\"window.__xss = 3\">real</b>? " + script).build().toString());
        WebDriver editor = browser(1280, 1000);
        signIn(editor, "editor");
        open(editor, "changes/" + change);

        String page = editor.findElement(By.tagName("main")).getText();
        assertThat(page).contains("We said " + script)
                .contains("Is this <b onmouseover=\"window.__xss = 3\">real</b>?");
        assertThat(editor.findElements(By.cssSelector("main img, main b, main script"))).isEmpty();
        screenshot(editor, "4a-xss-change-page");
        long record = api("POST", "/api/changes/" + change + "/approve", "editor", "{}")
                .getJsonObject("change").getJsonNumber("recordId").longValue();

        WebDriver researcher = browser(1280, 1000);
        open(researcher, "records/" + record);
        assertThat(researcher.findElement(By.cssSelector(".archive-record-text")).getText()).contains(script);
        assertThat(researcher.findElements(By.cssSelector("main img, main b, main script"))).isEmpty();
        assertThat(((JavascriptExecutor) researcher).executeScript("return window.__xss === undefined"))
                .isEqualTo(true);
        assertThat(((JavascriptExecutor) editor).executeScript("return window.__xss === undefined")).isEqualTo(true);
        screenshot(researcher, "4-xss-record-page");
    }

    @Test
    void searchRecordSourceReviewChangeAndAdminPagesHaveNoSeriousOrCriticalAccessibilityViolations()
            throws Exception {
        long change = draftAndSubmit(Json.createObjectBuilder().add("kind", "CLAUSE").add("label", "Article X")
                .add("text", "Accessibility is checked on every page.").add("sourceId", demoSourceId()));
        long record = api("GET", "/api/records?kind=QUOTE&size=1", null, null).getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        WebDriver anonymous = browser(1280, 1000);
        WebDriver editor = browser(1280, 1000);
        signIn(editor, "editor");
        WebDriver admin = browser(1280, 1000);
        signIn(admin, "admin");

        Map<String, Results> checked = new java.util.LinkedHashMap<>();
        open(anonymous, "?q=treaty");
        checked.put("search", axe(anonymous));
        open(anonymous, "records/" + record);
        checked.put("record", axe(anonymous));
        button(anonymous, "Cite").click();
        waitFor(anonymous).until(d -> !d.findElements(By.id("archive-citation-apa")).isEmpty());
        checked.put("cite dialog", axe(anonymous));
        open(anonymous, "sources/" + demoSourceId());
        checked.put("source", axe(anonymous));
        open(admin, "admin");
        checked.put("admin", axe(admin));
        open(editor, "review");
        checked.put("review", axe(editor));
        open(editor, "changes/" + change);
        checked.put("change", axe(editor));

        List<String> serious = new ArrayList<>();
        checked.forEach((page, results) -> {
            for (Rule violation : results.getViolations()) {
                if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
                    serious.add(page + ": " + violation.getId() + " (" + violation.getImpact() + ") "
                            + violation.getHelp() + " at " + violation.getNodes().stream()
                            .map(node -> String.valueOf(node.getTarget())).toList());
                }
            }
        });
        assertThat(serious).isEmpty();
    }

    @Test
    void archivistDraftsAClauseCitingWordsSelectedInTheTranscriptionAndTheEditorComparesSideBySideOnAPhone()
            throws Exception {
        String words = "Šešupė River";
        WebDriver browser = browser(1280, 1400);
        signIn(browser, "archivist");
        open(browser, "records/new?kind=clause&source=" + demoSourceId());
        WebElement transcription = waitFor(browser).until(driver -> driver
                .findElements(By.cssSelector(".archive-passage-picker-text")).stream().filter(WebElement::isDisplayed)
                .filter(shown -> shown.getText().contains(words)).findFirst().orElse(null));

        // selects the words as a mouse does: a selection over them in the page, then the button comes up
        String before = (String) ((JavascriptExecutor) browser).executeScript("""
                const text = arguments[0].firstChild, words = arguments[1];
                const at = text.data.indexOf(words);
                const range = document.createRange();
                range.setStart(text, at);
                range.setEnd(text, at + words.length);
                window.getSelection().removeAllRanges();
                window.getSelection().addRange(range);
                arguments[0].dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
                return text.data.substring(Math.max(0, at - 20), at);
                """, transcription, words);
        waitFor(browser).until(driver -> driver.findElements(By.cssSelector(
                "#archive-chosen-passage mark")).stream().anyMatch(mark -> mark.getText().equals(words)));
        formField(browser, "vaadin-text-field", "Label").sendKeys("Secret demand, drafted by hand");
        formField(browser, "vaadin-text-area", "Text").sendKeys("Territory west of the Šešupė River");
        formField(browser, "vaadin-text-field", "At").sendKeys("2");
        screenshot(browser, "6b-archivist-record-editor");
        button(browser, "Submit for review").click();
        waitFor(browser).until(driver -> driver.getCurrentUrl().matches(".*/changes/\\d+$"));
        long change = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/changes/(\\d+)$", "$1"));

        JsonObject proposed = api("GET", "/api/changes/" + change, "editor", null);
        assertThat(proposed.getJsonObject("change").getString("state")).isEqualTo("IN_REVIEW");
        JsonObject citation = proposed.getJsonObject("record").getJsonArray("citations").getJsonObject(0);
        assertThat(citation.getString("exact")).isEqualTo(words);
        assertThat(citation.getString("prefix")).endsWith(before);
        assertThat(citation.getString("locator")).isEqualTo("2");
        screenshot(browser, "6a-archivist-drafted-a-clause");

        WebDriver phone = browser(390, 844);
        signIn(phone, "editor");
        open(phone, "changes/" + change + "?layout=side-by-side");
        List<WebElement> sides = phone.findElements(By.cssSelector(".archive-diff-side"));
        assertThat(sides).hasSizeGreaterThanOrEqualTo(2);
        assertThat(sides.get(1).getRect().getY()).as("after stacked below before")
                .isGreaterThanOrEqualTo(sides.get(0).getRect().getY() + sides.get(0).getRect().getHeight());
        assertThat(horizontalOverflow(phone)).as("change page scrolls sideways").isLessThanOrEqualTo(0);
        screenshot(phone, "6-phone-change-side-by-side");
    }

    /** The input of the form field with this label. */
    private static WebElement formField(WebDriver browser, String tag, String label) {
        return (WebElement) ((JavascriptExecutor) browser).executeScript("return [...document.querySelectorAll("
                + "arguments[0])].find(field => field.label === arguments[1]).querySelector('input, textarea');",
                tag, label);
    }

    @Test
    void searchRecordSourceAndAdminPagesFitAPhoneScreen() throws Exception {
        long record = api("GET", "/api/records?kind=CLAUSE&size=1", null, null).getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        WebDriver phone = browser(390, 844);

        open(phone, "?q=treaty");
        assertThat(horizontalOverflow(phone)).as("search page scrolls sideways").isLessThanOrEqualTo(0);
        waitFor(phone).until(driver -> Boolean.FALSE.equals(((JavascriptExecutor) driver)
                .executeScript("return document.querySelector('.archive-facets vaadin-details').opened")));
        screenshot(phone, "5a-phone-search");
        open(phone, "records/" + record);
        assertThat(horizontalOverflow(phone)).as("record page scrolls sideways").isLessThanOrEqualTo(0);
        screenshot(phone, "5-phone-record");
        open(phone, "sources/" + demoSourceId());
        assertThat(phone.findElements(By.cssSelector("#archive-transcription mark a"))).as("marked passages")
                .isNotEmpty();
        assertThat(horizontalOverflow(phone)).as("source page scrolls sideways").isLessThanOrEqualTo(0);
        screenshot(phone, "5b-phone-source");
        signIn(phone, "admin");
        open(phone, "admin");
        assertThat(horizontalOverflow(phone)).as("admin page scrolls sideways").isLessThanOrEqualTo(0);
        screenshot(phone, "5c-phone-admin");
    }

    // ---- the browser --------------------------------------------------------------------------------------------

    private WebDriver browser(int width, int height) throws IOException {
        Path profile = Files.createTempDirectory("chromium-profile-");
        profiles.add(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // as root (CI, these machines) Chromium needs --no-sandbox; a fresh profile keeps runs independent
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        browsers.add(driver);
        return driver;
    }

    private void open(WebDriver browser, String location) {
        browser.get(base() + location);
        awaitVaadin(browser);
    }

    /** Waits until Vaadin has started and no request to the server is under way. */
    private static void awaitVaadin(WebDriver browser) {
        waitFor(browser).until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript("return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
                        + " && Object.keys(window.Vaadin.Flow.clients).length > 0"
                        + " && Object.values(window.Vaadin.Flow.clients)"
                        + "      .every(c => !c.isActive || !c.isActive())"
                        + " && !!document.querySelector('main')")));
    }

    private void signIn(WebDriver browser, String account) {
        open(browser, "login");
        browser.findElement(By.cssSelector("vaadin-text-field[name='username'] input")).sendKeys(account);
        WebElement password = browser.findElement(By.cssSelector("vaadin-password-field[name='password'] input"));
        password.sendKeys(PASSWORD);
        password.sendKeys(Keys.ENTER);
        waitFor(browser).until(driver -> !driver.getCurrentUrl().contains("login")
                && !driver.findElements(By.cssSelector(".archive-caller-name")).isEmpty());
        awaitVaadin(browser);
    }

    private static WebElement searchField(WebDriver browser) {
        return browser.findElement(By.cssSelector("vaadin-text-field.archive-search-field input"));
    }

    /** Types into the search box, as a researcher does, and waits for the typing pause to run the search. */
    private static void search(WebDriver browser, String words) {
        WebElement field = searchField(browser);
        field.click();
        field.sendKeys(words);
        waitFor(browser).until(driver -> driver.getCurrentUrl()
                .contains("q=" + URLEncoder.encode(words, StandardCharsets.UTF_8)));
        awaitVaadin(browser);
    }

    private static WebElement button(WebDriver browser, String text) {
        return awaitButton(browser, text);
    }

    /**
     * The shown button with this text, scrolled to the middle of the window as a user would before clicking it
     * (Chromium does not scroll Vaadin's content area for a click on a button below the fold).
     */
    private static WebElement awaitButton(WebDriver browser, String text) {
        WebElement button = waitFor(browser).until(driver -> driver
                .findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.getText().strip().equals(text) && b.isDisplayed()).findFirst().orElse(null));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        return button;
    }

    /** The file input of the upload, wherever this version of vaadin-upload keeps it. */
    private static WebElement uploadInput(WebDriver browser) {
        WebElement upload = browser.findElement(By.tagName("vaadin-upload"));
        Object input = ((JavascriptExecutor) browser).executeScript(
                "const u = arguments[0]; return u.querySelector('input[type=file]')"
                        + " || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));", upload);
        assertThat(input).as("the upload's file input").isInstanceOf(WebElement.class);
        return (WebElement) input;
    }

    /** The first clause or quote found for the words; waits for the relay to index, searching again meanwhile. */
    private WebElement awaitCitableHit(WebDriver browser, String word) {
        return awaitHit(browser, word, true);
    }

    /**
     * The link of the first hit whose card shows the word (accents and case aside) once the page shows the results
     * for it — not those of the search before, which stay on screen while the typing pause runs out.
     */
    private WebElement awaitHit(WebDriver browser, String word, boolean citable) {
        Instant until = Instant.now().plus(INDEXING);
        while (true) {
            if (browser.getCurrentUrl().contains("q=" + word)) {
                for (WebElement card : browser.findElements(By.cssSelector(".archive-hits > li"))) {
                    String kind = card.findElements(By.cssSelector(".archive-badge-kind")).stream()
                            .map(WebElement::getText).findFirst().orElse("");
                    if (folded(card.getText()).contains(folded(word))
                            && (!citable || kind.equals("Clause") || kind.equals("Quote"))) {
                        return card.findElement(By.cssSelector("h3 a"));
                    }
                }
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("no hit for '" + word + "' after " + INDEXING.toSeconds() + " s; the page "
                        + "says: " + browser.findElement(By.tagName("main")).getText() + "\nand the API: "
                        + apiText("/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)));
            }
            sleep(1_000);
            open(browser, "?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        }
    }

    /** The text as a folded search reads it. */
    private static String folded(String text) {
        return Folding.foldLowerCase(text);
    }

    private static Results axe(WebDriver browser) {
        return new AxeBuilder()
                .exclude("vaadin-connection-indicator")
                .analyze(browser);
    }

    private static long horizontalOverflow(WebDriver browser) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth")).longValue();
    }

    private static void screenshot(WebDriver browser, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    // ---- the archive's API, for what each journey starts from --------------------------------------------------

    /** Makes sure a published clause cites the demo source's passage with the word, as the journey expects. */
    private void ensureACitableRecordMentions(String word) throws Exception {
        JsonObject found = api("GET", "/api/records?kind=CLAUSE&size=100", null, null);
        boolean present = found.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(item -> item.getString("text", "").contains(word));
        if (present) {
            return;
        }
        String passage = "Lithuanian territory west of the Šešupė River would be ceded to Nazi Germany";
        long change = draftAndSubmit(Json.createObjectBuilder().add("kind", "CLAUSE").add("label", "Secret demand 2")
                .add("text", passage).add("sourceId", demoSourceId())
                .add("citations", Json.createArrayBuilder().add(Json.createObjectBuilder().add("exact", passage))));
        api("POST", "/api/changes/" + change + "/approve", "editor", "{\"comment\":\"checked\"}");
    }

    private long draftAndSubmit(JsonObjectBuilder record) throws Exception {
        String proposal = Json.createObjectBuilder().add("action", "CREATE").add("record", record).build().toString();
        long change = api("POST", "/api/changes", "archivist", proposal)
                .getJsonObject("change").getJsonNumber("id").longValue();
        api("POST", "/api/changes/" + change + "/submit", "archivist", "{}");
        return change;
    }

    private long importAndSubmitAsArchivist(String article) throws Exception {
        HttpResponse<String> imported = send(HttpRequest.newBuilder(uri("/api/imports?fileName=journey.txt"))
                .header("Authorization", basic("archivist"))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(article, StandardCharsets.UTF_8)));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        long id = json(imported.body()).getJsonNumber("id").longValue();
        api("POST", "/api/imports/" + id + "/submit", "archivist", "");
        return id;
    }

    private String apiText(String path) {
        try {
            return send(HttpRequest.newBuilder(uri(path)).GET()).body();
        } catch (IOException | InterruptedException e) {
            return e.toString();
        }
    }

    private long demoSourceId() throws Exception {
        return api("GET", "/api/records?kind=CLAUSE&size=1", null, null).getJsonArray("items").getJsonObject(0)
                .getJsonObject("source").getJsonNumber("id").longValue();
    }

    private JsonObject api(String method, String path, String account, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (account != null) {
            request.header("Authorization", basic(account));
        }
        HttpResponse<String> response = send(request);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return json(response.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** Arquillian names the first non-loopback interface, which not every sandbox can reach. */
    private String base() {
        String context = deployed.getPath().endsWith("/") ? deployed.getPath() : deployed.getPath() + "/";
        return "http://127.0.0.1:" + deployed.getPort() + context;
    }

    private URI uri(String path) {
        return URI.create(base() + path.substring(1));
    }

    private static String basic(String account) {
        return "Basic " + Base64.getEncoder().encodeToString((account + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String uniqueWord(String stem) {
        return stem + Long.toString(System.nanoTime() % 1_000_000_000L, 36).replaceAll("[0-9]", "").toLowerCase();
    }

    /** A scraped encyclopedia article in the format the importer reads, mentioning the given word. */
    private static String article(String word) {
        return "The Treaty of " + word + " was a bilateral treaty signed between the\n"
                + "Soviet Union\n"
                + "The Union of Soviet Socialist Republics (USSR), commonly known as the Soviet Union, was a "
                + "transcontinental country that spanned much of Eurasia from 1922 until 1991 ...\n"
                + "and\n"
                + "Lithuania\n"
                + "Lithuania, officially the Republic of Lithuania, is a country in the Baltic region of Europe ...\n"
                + "on October 10, 1939. The treaty was described as \"a sacrifice of " + word + " independence.\"\n"
                + "Terms\n"
                + "Article I: The " + word + " Region is transferred to Lithuania.\n"
                + "Article II: Both parties render each other assistance against attacks.\n";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits up to {@link #VAADIN} for a condition; an element Vaadin re-rendered between being found and being read
     * is looked up again on the next poll instead of failing the wait.
     */
    private static FluentWait<WebDriver> waitFor(WebDriver browser) {
        return new WebDriverWait(browser, VAADIN).ignoring(StaleElementReferenceException.class);
    }
}
