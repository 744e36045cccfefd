package org.buyonce.clients;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Each service's Swagger UI in a real browser: Authorize with a token, then "Try it out" on a read answers 200. */
class SwaggerUiIT {

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({
            "contract-service, Contracts, listContracts",
            "asset-service, Risks, listRisks",
            "alignment-service, Opportunities, listOpportunities"})
    void authorizeThenTryItOutAnswers200(String service, String tag, String operationId) throws Exception {
        WebDriver browser = Browser.open();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(LiveSystem.system().url(service) + "/q/swagger-ui/");

            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.authorize"))).click();
            WebElement tokenInput = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-ux input")));
            tokenInput.sendKeys(LiveSystem.viewerToken());
            browser.findElement(By.cssSelector(".modal-ux button.authorize")).click();
            browser.findElement(By.cssSelector(".modal-ux button.btn-done")).click();

            String operationCss = "#operations-" + tag + "-" + operationId;
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(operationCss + " .opblock-summary-control"))).click();
            // Located inside the wait: the panel renders after the click, so an element looked up at once may not exist yet.
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(operationCss + " button.try-out__btn"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(operationCss + " button.execute"))).click();

            WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(operationCss + " .live-responses-table tr.response .response-col_status")));
            Browser.screenshot(browser, "swagger-ui-" + service);
            assertThat(status.getText().trim()).startsWith("200");
            String curl = browser.findElement(By.cssSelector(operationCss + " .curl-command")).getText();
            assertThat(curl).contains("Authorization: Bearer ");
        } finally {
            browser.quit();
        }
    }
}
