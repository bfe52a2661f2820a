package dozor.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Carriers' webhook secrets of a local installation: generated once, kept, and left alone when chosen. */
class CarrierSecretsTests {

    @TempDir
    Path data;

    @Test
    void generatesAKeptSecretPerCarrierUnlessTheEnvironmentOrAPropertyChoseIt() {
        Map<String, String> props = new HashMap<>(Map.of("dozor.ingest.carriers.dpd.secret", "chosen-by-property"));
        Map<String, String> env = Map.of("DOZOR_INGEST_CARRIERS_CDEK_SECRET", "chosen-by-environment");

        Map<String, String> generated = LocalPlatform.carrierSecrets(props, env::get, LocalSecrets.in(data));

        assertThat(generated).containsOnlyKeys("BELPOCHTA", "EVROPOCHTA", "OWN_COURIER");
        assertThat(generated.values()).allSatisfy(s -> assertThat(s).hasSizeGreaterThanOrEqualTo(24))
                .doesNotHaveDuplicates();
        assertThat(props).containsEntry("dozor.ingest.carriers.own-courier.secret", generated.get("OWN_COURIER"))
                .containsEntry("dozor.ingest.carriers.dpd.secret", "chosen-by-property")
                .doesNotContainKey("dozor.ingest.carriers.cdek.secret");

        Map<String, String> again = LocalPlatform.carrierSecrets(new HashMap<>(), k -> null, LocalSecrets.in(data));
        assertThat(again).containsAllEntriesOf(generated).containsKeys("CDEK", "DPD");
    }
}
