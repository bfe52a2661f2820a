package dozor.finance.rates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dozor.api.security.Role;
import dozor.shared.Minsk;
import dozor.testing.ApiIntegrationTest;
import dozor.testing.TestHttp;
import tools.jackson.databind.JsonNode;

/**
 * Exchange rates over real HTTP: accountants and the admin set and import them, staff read them, the rate on a day
 * is the latest published on or before it, and bad input is refused naming the field with nothing written.
 */
class ExchangeRatesIntegrationTests extends ApiIntegrationTest {

    static final String RATES = "/api/v1/finance/exchange-rates";

    static LocalDate today() {
        return LocalDate.now(Minsk.ZONE);
    }

    TestHttp.Response put(Role role, String currency, LocalDate date, Object scale, Object rate) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("scale", scale);
        body.put("rate", rate);
        return as(role).put(RATES + "/" + currency + "/" + date, body);
    }

    JsonNode listOn(LocalDate date) {
        var r = as(Role.WAREHOUSE).get(RATES + "?date=" + date);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static JsonNode of(JsonNode list, String currency) {
        for (JsonNode r : list) {
            if (r.get("currency").asString().equals(currency)) {
                return r;
            }
        }
        return null;
    }

    String field(TestHttp.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.header("Content-Type")).contains("application/problem+json");
        return r.json().get("errors").get(0).get("field").asString();
    }

    @Test
    void anAccountantSetsARateAndStaffReadTheLatestPublishedOnOrBeforeADay() {
        LocalDate published = today().minusDays(10);
        var set = put(Role.ACCOUNTANT, "RUB", published, 100, 3.5123);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("scale").asInt()).isEqualTo(100);
        assertThat(set.json().get("rate").decimalValue()).isEqualByComparingTo("3.5123");
        assertThat(set.json().get("source").asString()).isEqualTo("MANUAL");
        assertThat(set.json().get("updatedBy").asString()).isEqualTo("accountant");

        JsonNode threeDaysLater = of(listOn(published.plusDays(3)), "RUB");
        assertThat(threeDaysLater).as("no publication since: the last earlier one is in force").isNotNull();
        assertThat(threeDaysLater.get("rateDate").asString()).isEqualTo(published.toString());
        assertThat(of(listOn(published.minusDays(1)), "RUB")).as("nothing published before").isNull();

        assertThat(put(Role.ADMIN, "RUB", published.plusDays(2), 100, 3.6).status()).isEqualTo(200);
        assertThat(of(listOn(published.plusDays(3)), "RUB").get("rate").decimalValue())
                .as("a later publication supersedes").isEqualByComparingTo("3.6");
        assertThat(of(listOn(published.plusDays(1)), "RUB").get("rate").decimalValue())
                .isEqualByComparingTo("3.5123");

        var replaced = put(Role.ACCOUNTANT, "RUB", published, 100, 3.5200);
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM ops.exchange_rate WHERE currency = 'RUB'").query(Long.class)
                .single()).as("one rate per currency and day").isEqualTo(2);
        var audit = jdbc.sql("""
                SELECT before ->> 'rate' AS before, after ->> 'rate' AS after FROM ops.audit_log
                 WHERE action = 'EXCHANGE_RATE_SET' AND entity_id = :id ORDER BY id""")
                .param("id", "RUB:" + published).query().listOfRows();
        assertThat(audit).hasSize(2);
        assertThat(audit.get(1).get("before").toString()).isEqualTo("3.5123");
        assertThat(audit.get(1).get("after").toString()).isEqualTo("3.5200");

        var history = as(Role.PROCUREMENT).get(RATES + "/RUB?from=" + published + "&to=" + published.plusDays(5));
        assertThat(history.json()).hasSize(2);
        assertThat(history.json().get(0).get("rateDate").asString()).as("newest first")
                .isEqualTo(published.plusDays(2).toString());
    }

    @Test
    void onlyAccountantsAndTheAdminWriteRates() {
        LocalDate day = today().minusDays(20);
        long before = count("ops.exchange_rate");
        assertThat(put(Role.WAREHOUSE, "EUR", day, 1, 3.7).status()).isEqualTo(403);
        assertThat(put(Role.PROCUREMENT, "EUR", day, 1, 3.7).status()).isEqualTo(403);
        assertThat(as(Role.MANAGER).post(RATES + "/import", List.of(Map.of("Cur_Abbreviation", "EUR", "Cur_Scale", 1,
                "Cur_OfficialRate", 3.7, "Date", day + "T00:00:00"))).status()).isEqualTo(403);
        assertThat(as(Role.ANALYST).get(RATES).status()).isEqualTo(403);
        assertThat(count("ops.exchange_rate")).isEqualTo(before);
        assertThat(as(Role.ENGINEER).get(RATES).status()).isEqualTo(200);
    }

    @Test
    void badRatesAreRefusedNamingTheFieldAndNothingIsWritten() {
        LocalDate day = today().minusDays(30);
        long rates = count("ops.exchange_rate");
        long audit = count("ops.audit_log");
        assertThat(field(put(Role.ACCOUNTANT, "XYZ", day, 1, 3.2))).isEqualTo("currency");
        assertThat(field(put(Role.ACCOUNTANT, "BYN", day, 1, 1))).isEqualTo("currency");
        assertThat(field(put(Role.ACCOUNTANT, "USD", day, 1, 0))).isEqualTo("rate");
        assertThat(field(put(Role.ACCOUNTANT, "USD", day, 1, -3.2))).isEqualTo("rate");
        assertThat(field(put(Role.ACCOUNTANT, "USD", day, 1, null))).isEqualTo("rate");
        assertThat(field(put(Role.ACCOUNTANT, "USD", day, 1, 3.25181))).isEqualTo("rate");
        assertThat(field(put(Role.ACCOUNTANT, "USD", day, 3, 3.2))).isEqualTo("scale");
        assertThat(field(put(Role.ACCOUNTANT, "USD", day, 0, 3.2))).isEqualTo("scale");
        assertThat(field(put(Role.ACCOUNTANT, "USD", today().plusDays(5), 1, 3.2))).isEqualTo("date");
        assertThat(count("ops.exchange_rate")).as("nothing of the refused ones").isEqualTo(rates);
        assertThat(count("ops.audit_log")).isEqualTo(audit);
        assertThat(put(Role.ACCOUNTANT, "usd", day, 1, 3.2).status()).as("the same, well formed").isEqualTo(200);
        assertThat(count("ops.exchange_rate")).isEqualTo(rates + 1);
        assertThat(count("ops.audit_log")).isEqualTo(audit + 1);
        var text = put(Role.ACCOUNTANT, "XYZ", day, 1, 3.2);
        assertThat(text.json().get("errors").get(0).get("message").asString()).contains("Неизвестный код валюты");
    }

    @Test
    void importsTheBanksJsonAllOrNothing() {
        LocalDate day = today().minusDays(40);
        List<Map<String, Object>> file = new ArrayList<>();
        file.add(Map.of("Cur_ID", 462, "Date", day + "T00:00:00", "Cur_Abbreviation", "CNY", "Cur_Scale", 10,
                "Cur_Name", "Китайских юаней", "Cur_OfficialRate", 4.5012));
        file.add(Map.of("Date", day + "T00:00:00", "Cur_Abbreviation", "PLN", "Cur_Scale", 10,
                "Cur_OfficialRate", 8.1234));
        var imported = as(Role.ACCOUNTANT).post(RATES + "/import", file);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(2);
        JsonNode cny = of(listOn(day), "CNY");
        assertThat(cny.get("scale").asInt()).isEqualTo(10);
        assertThat(cny.get("rate").decimalValue()).isEqualByComparingTo("4.5012");
        assertThat(cny.get("source").asString()).isEqualTo("IMPORT");

        LocalDate next = day.plusDays(1);
        long rates = count("ops.exchange_rate");
        List<Map<String, Object>> bad = List.of(
                Map.of("Date", next + "T00:00:00", "Cur_Abbreviation", "CNY", "Cur_Scale", 10, "Cur_OfficialRate", 4.6),
                Map.of("Date", next + "T00:00:00", "Cur_Abbreviation", "PLN", "Cur_Scale", 3, "Cur_OfficialRate", 8.2));
        assertThat(field(as(Role.ADMIN).post(RATES + "/import", bad))).isEqualTo("[1].Cur_Scale");
        assertThat(field(as(Role.ADMIN).post(RATES + "/import", List.of(Map.of("Date", "26.11.2026",
                "Cur_Abbreviation", "USD", "Cur_Scale", 1, "Cur_OfficialRate", 3.2))))).isEqualTo("[0].Date");
        assertThat(field(as(Role.ADMIN).post(RATES + "/import", List.of(Map.of("Date", next + "T00:00:00",
                "Cur_Abbreviation", "USD", "Cur_Scale", 1, "Cur_OfficialRate", 0))))).isEqualTo("[0].Cur_OfficialRate");
        assertThat(field(as(Role.ADMIN).post(RATES + "/import", List.of()))).isEqualTo("rates");
        assertThat(count("ops.exchange_rate")).as("nothing of a refused file").isEqualTo(rates);
        assertThat(of(listOn(next), "CNY").get("rate").decimalValue()).isEqualByComparingTo("4.5012");
    }
}
