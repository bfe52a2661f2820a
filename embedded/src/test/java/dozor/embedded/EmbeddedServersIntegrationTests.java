package dozor.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedServersIntegrationTests {

    @TempDir
    Path dir;

    @Test
    void postgresKeepsDataAcrossRestartsAndRequiresPasswords() throws Exception {
        Path data = dir.resolve("pg");
        try (var pg = EmbeddedPostgresServer.start(data, FreePorts.any(), "super-secret", false)) {
            pg.provision("dozor", "dozor", "app-pw", "dozor_analyst", "ro-pw");
            try (var c = DriverManager.getConnection(pg.jdbcUrl("dozor"), "dozor", "app-pw")) {
                c.createStatement().execute("CREATE TABLE kept(v text)");
                c.createStatement().execute("INSERT INTO kept VALUES ('still here')");
            }
            String url = pg.jdbcUrl("dozor");
            assertThatThrownBy(() -> DriverManager.getConnection(url, "dozor", "wrong"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("password");
        }
        try (var pg = EmbeddedPostgresServer.start(data, FreePorts.any(), "super-secret", false)) {
            pg.provision("dozor", "dozor", "app-pw", "dozor_analyst", "ro-pw");
            try (var c = DriverManager.getConnection(pg.jdbcUrl("dozor"), "dozor", "app-pw");
                    var rs = c.createStatement().executeQuery("SELECT v FROM kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("still here");
            }
            try (var c = DriverManager.getConnection(pg.jdbcUrl("dozor"), "dozor_analyst", "ro-pw")) {
                assertThatThrownBy(() -> c.createStatement().execute("CREATE TABLE public.nope(v int)"))
                        .isInstanceOf(SQLException.class);
            }
        }
    }

    @Test
    void kafkaKeepsTopicsAndRecordsAcrossRestarts() {
        Path logs = dir.resolve("kafka");
        int port = FreePorts.any();
        try (var kafka = EmbeddedKafkaServer.start(logs, port)) {
            kafka.createTopics(Map.of("t", 1));
            try (var producer = new KafkaProducer<String, String>(producerProps(kafka.bootstrapServers()))) {
                producer.send(new ProducerRecord<>("t", "k", "v1")).get();
            }
            catch (Exception ex) {
                throw new AssertionError(ex);
            }
        }
        try (var kafka = EmbeddedKafkaServer.start(logs, port)) {
            kafka.createTopics(Map.of("t", 1));
            Properties props = new Properties();
            props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            props.put(ConsumerConfig.GROUP_ID_CONFIG, "g");
            props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("t"));
                var values = new java.util.ArrayList<String>();
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (values.isEmpty() && System.nanoTime() < deadline) {
                    consumer.poll(Duration.ofMillis(500)).forEach(r -> values.add(r.value()));
                }
                assertThat(values).containsExactly("v1");
            }
        }
    }

    private static Properties producerProps(String bootstrap) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        return props;
    }
}
