package dozor.testing;

import java.util.HashMap;
import java.util.Map;

/** Sample request bodies for tests of every feature. */
public final class Samples {

    private Samples() {
    }

    /** A valid {@code POST /api/v1/requests} body (mutable, so a test can spoil one field). */
    public static Map<String, Object> requestBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("customerName", "ООО «Вектор»");
        body.put("unp", "200988541");
        body.put("contactPhone", "8 (029) 123-45-67");
        body.put("deviceModel", "Hikvision DS-7608NI-K2");
        body.put("serialNumber", "DS7608-2231");
        body.put("problemDescription", "Не пишет архив с третьей камеры");
        body.put("priority", "P2");
        return body;
    }
}
