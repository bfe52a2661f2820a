package dozor.api.settings;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Small facts the platform remembers about itself (e.g. that demo data was loaded); table ops.app_setting. */
@Component
public class AppSettings {

    private final JdbcClient jdbc;

    AppSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> get(String key) {
        return jdbc.sql("SELECT value FROM ops.app_setting WHERE key = :k").param("k", key).query(String.class)
                .optional();
    }

    /**
     * Sets the value unless the key already exists; true when this call set it. Inside a caller's transaction it
     * also serves as a lock: a second concurrent caller waits, then sees the key taken.
     */
    @Transactional
    public boolean putIfAbsent(String key, String value) {
        return jdbc.sql("INSERT INTO ops.app_setting (key, value) VALUES (:k, :v) ON CONFLICT (key) DO NOTHING")
                .param("k", key).param("v", value).update() == 1;
    }
}
