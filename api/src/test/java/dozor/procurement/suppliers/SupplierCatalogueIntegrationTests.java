package dozor.procurement.suppliers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dozor.api.security.Role;
import dozor.testing.ApiIntegrationTest;
import dozor.testing.TestHttp;

/** The supplier catalogue over real HTTP: suppliers with a verified УНП, their items' terms, contracts. */
class SupplierCatalogueIntegrationTests extends ApiIntegrationTest {

    static final String URL = "/api/v1/procurement/suppliers";

    TestHttp buyer() {
        return as(Role.PROCUREMENT);
    }

    String supplier(String code, String unp) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", "ООО «" + code + "»"));
        if (unp != null) {
            body.put("unp", unp);
        }
        var r = buyer().post(URL, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    String item() {
        var r = as(Role.WAREHOUSE).post("/api/v1/stock/items", Map.of("sku", "SUP-" + System.nanoTime(), "name",
                "Жёсткий диск 1 ТБ", "category", "SPARE_PART", "unit", "PCS"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    @Test
    void suppliersAreCreatedWithANormalisedUnpFoundAndChangedWithAudit() {
        var created = buyer().post(URL, Map.of("code", "TEHNO", "name", "ООО «Техносвязь»", "unp", "УНП 190 000 005",
                "email", "zakaz@tehno.by"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode supplier = created.json();
        String id = supplier.get("id").asString();
        assertThat(supplier.get("unp").asString()).isEqualTo("190000005");
        assertThat(supplier.get("currency").asString()).isEqualTo("BYN");
        assertThat(supplier.get("active").asBoolean()).isTrue();

        assertThat(as(Role.ENGINEER).get(URL + "?q=техно").json()).extracting(n -> n.get("id").asString())
                .containsExactly(id);
        assertThat(as(Role.ENGINEER).get(URL + "?q=1900").json()).hasSize(1);

        var changed = as(Role.ADMIN).put(URL + "/" + id, Map.of("name", "ОАО «Техносвязь»", "active", false));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("unp").asString()).as("kept").isEqualTo("190000005");
        assertThat(buyer().get(URL + "?active=true").json()).extracting(n -> n.get("id").asString())
                .doesNotContain(id);
        assertThat(buyer().get(URL + "/" + id).json().get("name").asString()).isEqualTo("ОАО «Техносвязь»");
        assertThat(jdbc.sql("SELECT action FROM ops.audit_log WHERE entity_type = 'Supplier' AND entity_id = :id "
                + "ORDER BY id").param("id", id).query(String.class).list())
                .containsExactly("SUPPLIER_CREATED", "SUPPLIER_CHANGED");
    }

    @Test
    void badSuppliersAreRefusedNamingTheFieldWritingNothing() {
        supplier("ONE", "100000007");
        long before = count("ops.supplier");

        var badUnp = buyer().post(URL, Map.of("code", "TWO", "name", "Два", "unp", "100000008"));
        assertThat(badUnp.status()).isEqualTo(400);
        assertThat(badUnp.json().get("errors").get(0).get("field").asString()).isEqualTo("unp");
        var sameUnp = buyer().post(URL, Map.of("code", "TWO", "name", "Два", "unp", "100 000 007"));
        assertThat(sameUnp.status()).isEqualTo(400);
        assertThat(sameUnp.json().get("errors").get(0).get("field").asString()).isEqualTo("unp");
        var sameCode = buyer().post(URL, Map.of("code", "one", "name", "Другой"));
        assertThat(sameCode.status()).isEqualTo(400);
        assertThat(sameCode.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
        assertThat(buyer().post(URL, Map.of("code", "THREE")).status()).as("no name").isEqualTo(400);
        assertThat(as(Role.WAREHOUSE).post(URL, Map.of("code", "FOUR", "name", "Склад не закупает")).status())
                .isEqualTo(403);
        assertThat(count("ops.supplier")).isEqualTo(before);
        assertThat(buyer().get(URL + "/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void itemTermsAreSetReplacedAndRemoved() {
        String supplier = supplier("DISK", null);
        String item = item();
        String url = URL + "/" + supplier + "/items/" + item;
        var put = buyer().put(url, Map.of("price", new BigDecimal("120.50"), "currency", "BYN", "leadTimeDays", 14,
                "minOrderQty", 10, "packSize", 5, "supplierSku", "WD10"));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().get("packSize").decimalValue()).isEqualByComparingTo("5");
        var again = buyer().put(url, Map.of("price", new BigDecimal("118"), "currency", "BYN", "leadTimeDays", 21));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        JsonNode items = buyer().get(URL + "/" + supplier + "/items").json();
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("price").decimalValue()).isEqualByComparingTo("118");
        assertThat(items.get(0).get("leadTimeDays").asInt()).isEqualTo(21);
        assertThat(items.get(0).get("minOrderQty").decimalValue()).as("defaults").isEqualByComparingTo("1");

        var negative = buyer().put(url, Map.of("price", -1, "currency", "BYN", "leadTimeDays", 3));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body()).contains("price");
        assertThat(buyer().put(url, Map.of("price", 1, "currency", "BYN", "leadTimeDays", 3, "packSize", 0))
                .status()).isEqualTo(400);
        assertThat(buyer().put(URL + "/" + supplier + "/items/" + java.util.UUID.randomUUID(),
                Map.of("price", 1, "currency", "BYN", "leadTimeDays", 3)).status()).isEqualTo(404);
        assertThat(buyer().get(URL + "/" + supplier + "/items").json().get(0).get("price").decimalValue())
                .isEqualByComparingTo("118");

        assertThat(buyer().delete(url).status()).isEqualTo(204);
        assertThat(buyer().get(URL + "/" + supplier + "/items").json()).isEmpty();
        assertThat(buyer().delete(url).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT action FROM ops.audit_log WHERE entity_type = 'SupplierItem' ORDER BY id")
                .query(String.class).list()).containsSubsequence("SUPPLIER_ITEM_ADDED", "SUPPLIER_ITEM_CHANGED",
                        "SUPPLIER_ITEM_REMOVED");
    }

    @Test
    void theCurrentContractIsTheLatestValidOne() {
        String supplier = supplier("CONTR", null);
        String url = URL + "/" + supplier + "/contracts";
        assertThat(buyer().post(url, Map.of("number", "1/2025", "validFrom", "2025-01-01", "paymentTermsDays", 30,
                "warrantyMonths", 12)).status()).isEqualTo(201);
        assertThat(buyer().post(url, Map.of("number", "7/2026", "validFrom", "2026-03-01", "validTo", "2026-12-31",
                "paymentTermsDays", 45, "warrantyMonths", 24)).status()).isEqualTo(201);

        assertThat(buyer().get(url + "/current?on=2026-02-15").json().get("number").asString()).isEqualTo("1/2025");
        JsonNode current = buyer().get(url + "/current?on=2026-06-01").json();
        assertThat(current.get("number").asString()).isEqualTo("7/2026");
        assertThat(current.get("paymentTermsDays").asInt()).isEqualTo(45);
        assertThat(buyer().get(url + "/current?on=2024-06-01").status()).isEqualTo(404);
        assertThat(buyer().get(url).json()).hasSize(2);

        long before = count("ops.supplier_contract");
        var backwards = buyer().post(url, Map.of("number", "8/2026", "validFrom", "2026-05-01", "validTo",
                "2026-04-01"));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("validTo");
        assertThat(buyer().post(url, Map.of("number", "7/2026", "validFrom", "2026-05-01")).status())
                .as("number taken").isEqualTo(400);
        assertThat(count("ops.supplier_contract")).isEqualTo(before);
    }
    @Test
    void aContractsValidityPaymentAndWarrantyAreChangedWithAuditItsNumberStays() {
        String supplier = supplier("CHCON", null);
        String url = URL + "/" + supplier + "/contracts";
        var added = buyer().post(url, Map.of("number", "3/2026", "validFrom", "2026-01-01", "paymentTermsDays", 14,
                "warrantyMonths", 6));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String contract = added.json().get("id").asString();

        var changed = buyer().put(url + "/" + contract, Map.of("validFrom", "2026-02-01", "validTo", "2026-10-31",
                "paymentTermsDays", 45, "warrantyMonths", 18, "number", "ignored"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonNode after = buyer().get(url).json().get(0);
        assertThat(after.get("number").asString()).isEqualTo("3/2026");
        assertThat(after.get("validFrom").asString()).isEqualTo("2026-02-01");
        assertThat(after.get("validTo").asString()).isEqualTo("2026-10-31");
        assertThat(after.get("paymentTermsDays").asInt()).isEqualTo(45);
        assertThat(after.get("warrantyMonths").asInt()).isEqualTo(18);
        assertThat(buyer().get(url + "/current?on=2026-11-15").status()).as("no longer valid then").isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM ops.audit_log WHERE action = 'SUPPLIER_CONTRACT_CHANGED' "
                + "AND entity_id = :id").param("id", contract).query(Long.class).single()).isEqualTo(1);

        var backwards = buyer().put(url + "/" + contract, Map.of("validFrom", "2026-05-01", "validTo", "2026-04-01",
                "paymentTermsDays", 1, "warrantyMonths", 1));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("validTo");
        assertThat(buyer().put(url + "/" + contract, Map.of("validFrom", "2026-05-01", "paymentTermsDays", 400,
                "warrantyMonths", 1)).status()).as("payment beyond a year").isEqualTo(400);
        assertThat(buyer().get(url).json().get(0).get("paymentTermsDays").asInt()).as("nothing written").isEqualTo(45);
        assertThat(buyer().put(url + "/" + java.util.UUID.randomUUID(), Map.of("validFrom", "2026-05-01",
                "paymentTermsDays", 1, "warrantyMonths", 1)).status()).isEqualTo(404);
        assertThat(as(Role.WAREHOUSE).put(url + "/" + contract, Map.of("validFrom", "2026-05-01",
                "paymentTermsDays", 1, "warrantyMonths", 1)).status()).as("the warehouse only reads").isEqualTo(403);
    }
}
