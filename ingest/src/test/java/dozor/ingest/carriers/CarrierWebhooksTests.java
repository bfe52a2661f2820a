package dozor.ingest.carriers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dozor.logistics.ShipmentStatus;

class CarrierWebhooksTests {

    @Test
    void mapsACarriersStatusesIgnoringCaseAndFindsTheCarrierByAnySpellingOfItsCode() {
        CarrierWebhooks webhooks = CarrierWebhooks.of(Map.of("own-courier", new CarrierWebhooks.Settings("s3cret",
                null, Map.of("Delivered", "delivered", "ON_ROUTE", "IN_TRANSIT"))));

        CarrierWebhooks.Carrier carrier = webhooks.carrier("OWN_COURIER").orElseThrow();
        assertThat(carrier.code()).isEqualTo("OWN_COURIER");
        assertThat(webhooks.carrier("owncourier")).contains(carrier);
        assertThat(carrier.map("DELIVERED")).contains(ShipmentStatus.DELIVERED);
        assertThat(carrier.map(" on_route ")).contains(ShipmentStatus.IN_TRANSIT);
        assertThat(carrier.map("LOST_IN_SPACE")).isEmpty();
        assertThat(carrier.signature().configured()).isTrue();
        assertThat(carrier.signature().toleranceSeconds()).isEqualTo(300);
        assertThat(webhooks.carrier("PONY_EXPRESS")).isEmpty();
    }

    @Test
    void refusesToStartWithAStatusMappedToSomethingACarrierCannotSay() {
        assertThatThrownBy(() -> CarrierWebhooks.of(Map.of("cdek", new CarrierWebhooks.Settings("s", Duration
                .ofMinutes(1), Map.of("CREATED", "PLANNED")))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("status-map.CREATED");
        assertThatThrownBy(() -> CarrierWebhooks.of(Map.of("cdek", new CarrierWebhooks.Settings("s", null,
                Map.of("X", "TELEPORTED"))))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCarrierWithoutASecretIsKnownButNotConfigured() {
        CarrierWebhooks webhooks = CarrierWebhooks.of(Map.of("dpd", new CarrierWebhooks.Settings(null, null,
                Map.of())));
        assertThat(webhooks.carrier("DPD").orElseThrow().signature().configured()).isFalse();
    }
}
