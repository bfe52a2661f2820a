package dozor.ingest.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CrmMappingTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static JsonNode json(String s) {
        return JSON.readTree(s);
    }

    @Test
    void byDefaultReadsTheFieldsOfTheRestApiAndTheExternalIdFromTheTopLevel() {
        var mapped = CrmMapping.of(Map.of()).map(json("""
                {"customerName":"ООО «Вектор»","unp":"200988541","contactPhone":"+375291234567",
                 "deviceModel":"DVR","problemDescription":"Не пишет","priority":"P2","externalId":"T-1",
                 "region":null,"other":"ignored"}"""));
        assertThat(mapped.values()).containsOnlyKeys("customerName", "unp", "contactPhone", "deviceModel",
                "problemDescription", "priority", "externalId");
        assertThat(mapped.value("externalId")).isEqualTo("T-1");
        assertThat(mapped.notScalar()).isEmpty();
    }

    @Test
    void aConfiguredPointerReadsANestedPayload() {
        CrmMapping mapping = CrmMapping.of(Map.of("customerName", "/client/title", "external-id", "/ticket/id",
                "CONTACTPHONE", "/client/phones/0", "region", ""));
        var mapped = mapping.map(json("""
                {"client":{"title":"ЧУП «Дорога»","phones":["8 029 111-22-33","+375 17 000-00-00"]},
                 "ticket":{"id":1234567890123},"region":"Брест","customerName":"not this one"}"""));
        assertThat(mapped.value("customerName")).isEqualTo("ЧУП «Дорога»");
        assertThat(mapped.value("contactPhone")).isEqualTo("8 029 111-22-33");
        assertThat(mapped.value("externalId")).as("a number as text").isEqualTo("1234567890123");
        assertThat(mapped.values()).doesNotContainKey("region");
        assertThat(mapping.describe()).containsEntry("customerName", "/client/title")
                .containsEntry("externalId", "/ticket/id").doesNotContainKey("region");
    }

    @Test
    void anObjectOrListWhereAValueBelongsIsReportedForOurField() {
        var mapped = CrmMapping.of(Map.of("problemDescription", "/problem")).map(json("""
                {"problem":{"text":"Не пишет"},"customerName":["a","b"],"priority":true}"""));
        assertThat(mapped.notScalar()).containsExactlyInAnyOrder("problemDescription", "customerName");
        assertThat(mapped.value("priority")).isEqualTo("true");
    }

    @Test
    void aWrongConfigurationStopsTheStartNamingTheKey() {
        assertThatThrownBy(() -> CrmMapping.of(Map.of("customer", "/client/title")))
                .hasMessageContaining("dozor.ingest.crm.mapping.customer").hasMessageContaining("customerName");
        assertThatThrownBy(() -> CrmMapping.of(Map.of("customerName", "client.title")))
                .hasMessageContaining("not a JSON pointer");
        assertThatThrownBy(() -> CrmMapping.of(Map.of("externalId", "")))
                .hasMessageContaining("externalId");
    }
}
