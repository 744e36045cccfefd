package org.buyonce.clients;

import org.buyonce.infra.KeycloakRealms;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in as an officer would, in a real Chromium, with the council's own provider: Keycloak's login page stands in
 * for Entra ID's. Nobody pastes a token: Swagger UI's "Authorize" and the dashboard both go to the council's login page
 * and back (screenshots in target/screenshots).
 */
class SignInIT {

    private static final String CAM_OFFICER = "officer@" + KeycloakRealms.domain("cam");

    @Test
    void anOfficerSignsInToSwaggerUiAndRecordsOnlyTheirOwnCouncilsContracts() throws Exception {
        WebDriver browser = Browser.open();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(LiveSystem.system().contracts() + "/q/swagger-ui/");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.authorize"))).click();
            WebElement cam = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                    "//div[contains(@class,'auth-container')][.//h4[contains(., 'signIn-CAM')]]")));
            String swaggerUi = browser.getWindowHandle();
            cam.findElement(By.cssSelector("button.authorize")).click();

            wait.until(ExpectedConditions.numberOfWindowsToBe(2));
            browser.getWindowHandles().stream().filter(handle -> !handle.equals(swaggerUi)).findFirst()
                    .ifPresent(popup -> browser.switchTo().window(popup));
            signInAtKeycloak(browser, wait, CAM_OFFICER, "officer");
            wait.until(ExpectedConditions.numberOfWindowsToBe(1)); // the redirect page hands the token back and closes
            browser.switchTo().window(swaggerUi);
            wait.until(ExpectedConditions.textToBePresentInElement(cam, "Logout"));
            Browser.screenshot(browser, "swagger-ui-signed-in");
            browser.findElement(By.cssSelector(".modal-ux .close-modal")).click();

            String reference = "CAM-SWAGGER-" + UUID.randomUUID().toString().substring(0, 8);
            Sent recorded = createContract(browser, wait, "CAM", reference);
            assertThat(recorded.status()).startsWith("201");
            assertThat(recorded.curl()).contains("Authorization: Bearer ey"); // the token from the sign-in, nothing pasted

            assertThat(createContract(browser, wait, "HDC", reference.replace("CAM", "HDC")).status()).startsWith("403");
        } catch (RuntimeException | AssertionError failed) {
            Browser.screenshot(browser, "swagger-ui-sign-in-failed");
            throw failed;
        } finally {
            browser.quit();
        }
    }

    @Test
    void aCouncillorSignsInToTheDashboardWithTheirCouncilAccountAndOut() throws Exception {
        String dashboard = LiveSystem.system().alignment() + "/dashboard";
        WebDriver browser = Browser.open();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(dashboard + "?council=CAM");
            assertThat(browser.getTitle()).isEqualTo("Sign in to BuyOnce");
            assertThat(browser.findElement(By.tagName("main")).getText())
                    .contains("Cambridge City Council", "Huntingdonshire District Council", "South Cambridgeshire District Council");
            Browser.screenshot(browser, "dashboard-choose-council");

            browser.findElement(By.linkText("Cambridge City Council")).click();
            signInAtKeycloak(browser, wait, "viewer@" + KeycloakRealms.domain("cam"), "viewer");
            wait.until(ExpectedConditions.titleIs("BuyOnce dashboard: CAM"));
            assertThat(browser.getCurrentUrl()).isEqualTo(dashboard + "?council=CAM");
            assertThat(browser.findElement(By.tagName("header")).getText()).contains("Signed in as viewer@cam.buyonce.test");
            Browser.screenshot(browser, "dashboard-signed-in");

            browser.findElement(By.linkText("Sign out")).click();
            wait.until(ExpectedConditions.titleIs("Signed out of BuyOnce"));
            browser.get(dashboard);
            assertThat(browser.getTitle()).isEqualTo("Sign in to BuyOnce");
        } catch (RuntimeException | AssertionError failed) {
            Browser.screenshot(browser, "dashboard-sign-in-failed");
            throw failed;
        } finally {
            browser.quit();
        }
    }

    private static void signInAtKeycloak(WebDriver browser, WebDriverWait wait, String username, String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
    }

    /** What Swagger UI shows of a request it sent: the status and the request as curl. */
    private record Sent(String status, String curl) {
    }

    /** Sends createContract through "Try it out" with this council's contract and returns what Swagger UI shows. */
    private static Sent createContract(WebDriver browser, WebDriverWait wait, String council, String reference)
            throws IOException {
        String operation = "#operations-Contracts-createContract";
        if (browser.findElements(By.cssSelector(operation + " button.try-out__btn")).isEmpty()) {
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(operation + " .opblock-summary-control"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(operation + " button.try-out__btn"))).click();
        }
        WebElement body = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(operation + " textarea.body-param__text")));
        body.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        body.sendKeys("{\"council\": \"" + council + "\", \"reference\": \"" + reference + "\", \"title\": \"Telephony\", "
                + "\"supplier\": {\"name\": \"Gamma Communications\"}, \"capability\": \"telephony\", \"startDate\": \"2025-04-01\", "
                + "\"endDate\": \"2028-03-31\", \"extensionOptions\": [{\"months\": 12}], \"noticePeriodMonths\": 3, "
                + "\"renewalType\": \"FIXED\", \"annualValue\": 50000}");
        browser.findElement(By.cssSelector(operation + " button.execute")).click();
        By status = By.cssSelector(operation + " .live-responses-table tr.response .response-col_status");
        wait.until(ExpectedConditions.visibilityOfElementLocated(status));
        Sent sent = new Sent(browser.findElement(status).getText().trim(),
                browser.findElement(By.cssSelector(operation + " .curl-command")).getText());
        Browser.screenshot(browser, "swagger-ui-signed-in-" + council);
        browser.findElement(By.cssSelector(operation + " button.btn-clear")).click();
        return sent;
    }
}
