package dozor.local;

import static dozor.local.BrowserFlows.printed;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dozor.embedded.SharedEmbeddedServers;
import dozor.testing.TestHttp;

/**
 * The «Закупки» screens in real headless Chromium against the real platform (web/e2e/procurement-flow.e2e.mjs): a
 * supplier, an item and a reservation's shortfall set up through the API; the plan line and its explanation read, a
 * request created from the plan and submitted by a buyer, approved and ordered by a manager, the order sent and
 * received by the warehouse with one unit rejected and returned. Then the API is asked whether the stock and the
 * documents are what the screens did. Then the buyer creates a supplier (a wrong УНП refused beside the field, then
 * fixed), gives it an item's terms and a contract and changes both, and is refused the approval of a request beyond procurement's
 * threshold; the API shows the supplier, terms and contract as typed and the request still submitted. Screenshots (desk and phone) land in
 * local/target/e2e-screenshots/procurement-flow.
 */
class ProcurementFlowFunctionalTests {

    static final String[] SCREENSHOTS = { "proc-plan.png", "proc-plan-phone.png", "proc-demand.png",
            "proc-demand-phone.png", "proc-request-draft.png", "proc-request-submitted.png", "proc-request-phone.png",
            "proc-requests.png", "proc-requests-phone.png", "proc-order-sent.png", "proc-order-received.png",
            "proc-order-phone.png", "proc-orders.png", "proc-orders-phone.png", "proc-receive-dialog.png",
            "proc-suppliers.png", "proc-suppliers-phone.png", "proc-supplier.png", "proc-supplier-phone.png",
            "proc-supplier-new-dialog.png", "proc-supplier-edited.png", "proc-supplier-edited-phone.png",
            "proc-supplier-term-phone.png", "proc-request-refused.png" };

    @Test
    void aBuyerAManagerAndTheWarehouseTakeAShortfallFromThePlanToStock() throws Exception {
        Path data = Files.createTempDirectory("dozor-procurement");
        Path screenshots = Path.of("target", "e2e-screenshots", "procurement-flow").toAbsolutePath();
        String password = "procurement-flow-test";
        try (LocalPlatform platform = LocalPlatform.start(LocalOptions.forTests(data, password,
                Map.of("dozor.batch.dw-refresh.scheduled", "false")))) {
            String baseUrl = "http://127.0.0.1:" + platform.webPort();
            String output = BrowserFlows.run("procurement-flow.e2e.mjs", baseUrl, password, screenshots, 360);

            TestHttp admin = new TestHttp(baseUrl).basic("admin", password);
            String item = printed(output, "ITEM_ID");
            String warehouse = printed(output, "WAREHOUSE_ID");

            JsonNode request = admin.get("/api/v1/procurement/requests/" + printed(output, "REQUEST_ID")).json();
            assertThat(request.get("status").asString()).isEqualTo("ORDERED");
            assertThat(request.get("createdBy").asString()).isEqualTo(printed(output, "BUYER"));
            assertThat(request.get("decidedBy").asString()).isEqualTo(printed(output, "MANAGER"));
            assertThat(request.get("amount").decimalValue()).isEqualByComparingTo("1500");
            JsonNode requestLine = request.get("lines").get(0);
            assertThat(requestLine.get("planLineKey").asString()).isEqualTo("PLAN:" + warehouse + ":" + item);
            assertThat(requestLine.get("orderedQty").decimalValue()).isEqualByComparingTo("5");

            String orderId = printed(output, "ORDER_ID");
            JsonNode order = admin.get("/api/v1/procurement/orders/" + orderId).json();
            assertThat(order.get("status").asString()).isEqualTo("RECEIVED");
            assertThat(order.get("supplierId").asString()).isEqualTo(printed(output, "SUPPLIER_ID"));
            JsonNode line = order.get("lines").get(0);
            assertThat(line.get("acceptedQty").decimalValue()).isEqualByComparingTo("4");
            assertThat(line.get("rejectedQty").decimalValue()).isEqualByComparingTo("1");
            assertThat(line.get("returnedQty").decimalValue()).isEqualByComparingTo("1");
            JsonNode returns = admin.get("/api/v1/procurement/orders/" + orderId + "/returns").json();
            assertThat(returns).hasSize(1);
            assertThat(returns.get(0).get("source").asString()).isEqualTo("REJECTED");

            JsonNode balances = admin.get("/api/v1/stock/balances?itemId=" + item + "&warehouseId=" + warehouse).json();
            assertThat(balances).hasSize(1);
            assertThat(balances.get(0).get("onHand").asDouble()).as("4 accepted, the rejected one never in stock")
                    .isEqualTo(4.0);

            try (InputStream in = Files.newInputStream(Path.of(printed(output, "XLSX_PATH")));
                    XSSFWorkbook book = new XSSFWorkbook(in)) {
                var sheet = book.getSheet("Заявки на закупку");
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Номер");
                boolean found = false;
                for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                    if (sheet.getRow(i).getCell(0).getStringCellValue().equals(request.get("number").asString())) {
                        found = true;
                        assertThat(sheet.getRow(i).getCell(1).getStringCellValue()).isEqualTo("Заказана");
                        assertThat(sheet.getRow(i).getCell(4).getNumericCellValue()).isEqualTo(1500.0);
                    }
                }
                assertThat(found).as("the request in the exported XLSX").isTrue();
            }
            String newSupplier = printed(output, "NEW_SUPPLIER_ID");
            JsonNode supplier = admin.get("/api/v1/procurement/suppliers/" + newSupplier).json();
            assertThat(supplier.get("unp").asString()).isEqualTo(printed(output, "NEW_SUPPLIER_UNP"));
            assertThat(supplier.get("name").asString()).startsWith("ЧУП «Регистратор-Сервис");
            assertThat(supplier.get("phone").asString()).as("changed on the card").isEqualTo("+375 17 388-00-11");
            assertThat(supplier.get("email").asString()).isEqualTo("zakaz@reg-service.by");
            JsonNode terms = admin.get("/api/v1/procurement/suppliers/" + newSupplier + "/items").json();
            assertThat(terms).hasSize(1);
            assertThat(terms.get(0).get("itemId").asString()).isEqualTo(item);
            assertThat(terms.get(0).get("price").decimalValue()).as("450,5 typed, then changed").isEqualByComparingTo("440");
            assertThat(terms.get(0).get("leadTimeDays").asInt()).isEqualTo(12);
            assertThat(terms.get(0).get("minOrderQty").decimalValue()).isEqualByComparingTo("2");
            assertThat(terms.get(0).get("packSize").decimalValue()).isEqualByComparingTo("2");
            JsonNode contract = admin.get("/api/v1/procurement/suppliers/" + newSupplier + "/contracts/current").json();
            assertThat(contract.get("number").asString()).isEqualTo(printed(output, "CONTRACT_NUMBER"));
            assertThat(contract.get("paymentTermsDays").asInt()).isEqualTo(30);
            assertThat(contract.get("warrantyMonths").asInt()).as("24 typed, then 36").isEqualTo(36);
            assertThat(contract.get("validTo").asString()).as("open-ended, then an end date")
                    .isEqualTo(printed(output, "CONTRACT_END"));

            JsonNode refused = admin.get("/api/v1/procurement/requests/" + printed(output, "REFUSED_REQUEST_ID")).json();
            assertThat(refused.get("status").asString()).as("the buyer's approval refused").isEqualTo("SUBMITTED");
            assertThat(absent(refused, "decidedBy")).as("nobody decided").isTrue();
            assertThat(refused.get("amount").decimalValue()).isEqualByComparingTo("2000");

            for (String shot : SCREENSHOTS) {
                assertThat(screenshots.resolve(shot)).exists();
            }
        }
        finally {
            SharedEmbeddedServers.deleteQuietly(data);
        }
    }

    private static boolean absent(JsonNode node, String field) {
        return node.path(field).isNull() || node.path(field).isMissingNode();
    }
}
