package dozor.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import dozor.api.security.Role;
import dozor.testing.ApiIntegrationTest;

/** Repeated customers from any channel attach to one counterparty. */
class CounterpartyIntegrationTests extends ApiIntegrationTest {

    static Map<String, Object> body(String name, String unp, String phone, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("customerName", name);
        body.put("unp", unp);
        body.put("contactPhone", phone);
        body.put("contactEmail", email);
        body.put("deviceModel", "Hikvision DS-7608NI");
        body.put("problemDescription", "Проверка клиента " + System.nanoTime());
        body.put("priority", "P3");
        return body;
    }

    String customerOf(Map<String, Object> body) {
        var response = as(Role.DISPATCHER).post("/api/v1/requests", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("customerId").asString();
    }

    @Test
    void anOrganisationIsOneCounterpartyByItsUnpWhateverTheSpelling() {
        String a = customerOf(body("ООО «Вектор»", "191590830", "+375 29 100-00-01", null));
        String b = customerOf(body("Вектор ООО", "УНП 191 590 830", "+375 29 100-00-02", null));
        assertThat(b).isEqualTo(a);
    }

    @Test
    void aPersonIsFoundByPhoneOrByEmail() {
        String a = customerOf(body("Петрова О. Н.", null, "8 (029) 157-38-42", null));
        String b = customerOf(body("Ольга Петрова", null, "+375291573842", "OLGA@example.by"));
        String c = customerOf(body("О. Петрова", null, "+375 44 000-00-00", "olga@example.by"));
        assertThat(b).isEqualTo(a);
        assertThat(c).as("the e-mail was added to the counterparty on the second request").isEqualTo(a);
        var customer = as(Role.DISPATCHER).get("/api/v1/customers/" + a).json();
        assertThat(customer.get("email").asString()).isEqualTo("olga@example.by");
        assertThat(customer.get("kind").asString()).isEqualTo("PERSON");
    }

    @Test
    void concurrentFirstRequestsOfOneCustomerCreateOneCounterparty() throws Exception {
        var pool = Executors.newFixedThreadPool(6);
        List<Callable<String>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(() -> {
                var response = as(Role.DISPATCHER).post("/api/v1/requests",
                        body("Параллельный клиент", null, "+375 33 777-66-55", null));
                return response.status() == 201 ? response.json().get("customerId").asString()
                        : "status " + response.status();
            });
        }
        var ids = new java.util.HashSet<String>();
        for (var f : pool.invokeAll(calls)) {
            String id = f.get();
            if (!id.startsWith("status 409")) {
                ids.add(id);
            }
        }
        pool.shutdown();
        assertThat(ids).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM ops.counterparty WHERE phone = '+375337776655'").query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void managersSetTheContractTierWhichTheRulesThenUse() {
        String id = customerOf(body("ЗАО «Эверест»", "699378653", "+375 44 781-02-93", null));
        assertThat(as(Role.DISPATCHER).put("/api/v1/customers/" + id + "/tier", Map.of("tier", "PLATINUM")).status())
                .isEqualTo(403);
        assertThat(as(Role.MANAGER).put("/api/v1/customers/" + id + "/tier", Map.of("tier", "PLATINUM")).status())
                .isEqualTo(200);
        Map<String, Object> body = body("ЗАО «Эверест»", "699378653", "+375 44 781-02-93", null);
        body.remove("priority");
        var request = as(Role.DISPATCHER).post("/api/v1/requests", body).json();
        assertThat(request.get("priority").asString()).isEqualTo("P1");
        assertThat(request.get("prioritySource").asString()).isEqualTo("RULES");
        assertThat(request.get("priorityReason").asString()).contains("Платина");
    }
}
