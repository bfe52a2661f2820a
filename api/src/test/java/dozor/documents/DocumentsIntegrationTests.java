package dozor.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.ContentDisposition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import dozor.api.security.Role;
import dozor.testing.ApiIntegrationTest;
import dozor.testing.TestHttp.Multipart;
import dozor.testing.TestHttp;
import tools.jackson.databind.JsonNode;

class DocumentsIntegrationTests extends ApiIntegrationTest {

    static final int MAX_SIZE = 20 * 1024 * 1024;

    @Autowired
    DocumentManagement documents;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Environment environment;

    @Test
    void storesAnUploadAndDownloadsTheSameBytesWithItsEventAndAuditRecord() throws Exception {
        String request = newRequest();
        byte[] pdf = SampleFiles.pdf();

        var created = as(Role.ENGINEER).postMultipart(documentsOf(request), new Multipart()
                .file("file", "act.pdf", "application/pdf", pdf).field("title", "Акт диагностики")
                .field("kind", "ACT"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode doc = created.json();
        String id = doc.get("id").asString();
        assertThat(doc.get("requestId").asString()).isEqualTo(request);
        assertThat(doc.get("kind").asString()).isEqualTo("ACT");
        assertThat(doc.get("title").asString()).isEqualTo("Акт диагностики");
        assertThat(doc.get("fileName").asString()).isEqualTo("act.pdf");
        assertThat(doc.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(doc.get("size").asLong()).isEqualTo(pdf.length);
        assertThat(doc.get("sha256").asString()).isEqualTo(sha256(pdf));
        assertThat(doc.get("uploadedBy").asString()).isEqualTo("engineer");
        assertThat(doc.get("duplicateOf").isNull()).isTrue();
        assertThat(doc.get("contentUrl").asString()).isEqualTo(documentsOf(request) + "/" + id + "/content");
        assertThat(created.header("Location")).isEqualTo(doc.get("contentUrl").asString());

        var download = as(Role.WAREHOUSE).getBytes(doc.get("contentUrl").asString());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(ContentDisposition.parse(download.header("Content-Disposition")).isAttachment()).isTrue();

        var events = jdbc.sql("SELECT event_type, payload::text AS payload FROM ops.outbox WHERE aggregate_id = :id "
                + "AND event_type = 'DocumentAttached'").param("id", request).query().listOfRows();
        assertThat(events).hasSize(1);
        JsonNode event = TestHttp.JSON.readTree((String) events.get(0).get("payload"));
        assertThat(event.get("documentId").asString()).isEqualTo(id);
        assertThat(event.get("kind").asString()).isEqualTo("ACT");
        assertThat(event.get("author").asString()).isEqualTo("engineer");
        assertThat(event.propertyNames()).doesNotContain("fileName", "title", "content", "sha256");
        assertThat(jdbc.sql("SELECT count(*) FROM ops.audit_log WHERE entity_id = :id AND action = 'DOCUMENT_ATTACHED'")
                .param("id", id).query(Long.class).single()).isEqualTo(1);

        var list = as(Role.ACCOUNTANT).get(documentsOf(request));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json()).hasSize(1);
        assertThat(list.json().get(0).get("id").asString()).isEqualTo(id);
    }

    @Test
    void offersACyrillicNameAsRfc5987FilenameStar() {
        String request = newRequest();
        String name = "Акт выполненных работ №5 (Щёлково).pdf";
        var created = as(Role.DISPATCHER).postMultipart(documentsOf(request),
                new Multipart().file("file", name, "application/pdf", SampleFiles.pdf()));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("fileName").asString()).isEqualTo(name);

        var download = as(Role.DISPATCHER).getBytes(created.json().get("contentUrl").asString());
        String disposition = download.header("Content-Disposition");
        assertThat(disposition).contains("filename*=UTF-8''%D0%90%D0%BA%D1%82%20")
                .contains("filename=\"Akt vypolnennykh rabot N5 (Shchelkovo).pdf\"");
        assertThat(ContentDisposition.parse(disposition).getFilename()).isEqualTo(name);
    }

    @Test
    void takesTheTypeFromTheBytesNotTheName() {
        String request = newRequest();
        byte[] png = SampleFiles.image("png");
        var created = as(Role.ENGINEER).postMultipart(documentsOf(request),
                new Multipart().file("file", "scan.pdf", "application/pdf", png).field("kind", "PHOTO"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("contentType").asString()).isEqualTo("image/png");
        assertThat(created.json().get("fileName").asString()).isEqualTo("scan.pdf");
        assertThat(created.json().get("downloadName").asString()).isEqualTo("scan.png");
        var download = as(Role.ENGINEER).getBytes(created.json().get("contentUrl").asString() + "?inline=true");
        assertThat(download.header("Content-Type")).isEqualTo("image/png");
        assertThat(download.header("Content-Disposition")).startsWith("inline; filename=\"scan.png\"");
        assertThat(download.body()).isEqualTo(png);

        var docx = as(Role.ENGINEER).postMultipart(documentsOf(request), new Multipart().file("file", "акт.docx",
                "application/octet-stream", SampleFiles.docx()));
        assertThat(docx.json().get("contentType").asString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        // Text is never shown inline, whatever the caller asks.
        var csv = as(Role.ENGINEER).postMultipart(documentsOf(request), new Multipart().file("file", "остатки.csv",
                "text/csv", SampleFiles.text("Артикул;Количество\nHDD-2TB;4\n")));
        var text = as(Role.ENGINEER).getBytes(csv.json().get("contentUrl").asString() + "?inline=true");
        assertThat(text.header("Content-Type")).isEqualTo("text/csv;charset=UTF-8");
        assertThat(text.header("Content-Disposition")).startsWith("attachment;");
    }

    @Test
    void refusesAnExecutableRenamedToPdfAndLeavesNothingBehind() {
        String request = newRequest();
        Counts before = counts();

        var refused = as(Role.ENGINEER).postMultipart(documentsOf(request),
                new Multipart().file("file", "invoice.pdf", "application/pdf", SampleFiles.exe()));

        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString())
                .isEqualTo("https://dozor.by/problems/unsupported-document-type");
        assertThat(fields(refused.json())).containsExactly("file");
        assertThat(refused.json().get("supportedTypes").toString()).contains("application/pdf", "image/heic");
        // The bytes had already gone into a large object when the sniffer refused them: the rollback took it.
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void refusesAFileOverTheLimitWith413() {
        String request = newRequest();
        Counts before = counts();
        byte[] big = new byte[MAX_SIZE + 1024];
        System.arraycopy(SampleFiles.pdf(), 0, big, 0, SampleFiles.pdf().length);

        var refused = as(Role.ENGINEER).header("Accept-Language", "en").postMultipart(documentsOf(request),
                new Multipart().file("file", "big.pdf", "application/pdf", big));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(environment.getProperty("spring.servlet.multipart.max-file-size", DataSize.class))
                .as("the servlet container refuses it first, at the same limit").isEqualTo(DataSize.ofMegabytes(20));
        assertThat(refused.json().get("type").asString()).isEqualTo("https://dozor.by/problems/document-too-large");
        assertThat(refused.json().get("maxBytes").asLong()).isEqualTo(MAX_SIZE);
        assertThat(fields(refused.json())).containsExactly("file");
        assertThat(refused.json().get("detail").asString()).isEqualTo("Files may be at most 20 MB.");
        assertThat(counts()).isEqualTo(before);

        var exactly = new byte[MAX_SIZE];
        System.arraycopy(SampleFiles.pdf(), 0, exactly, 0, SampleFiles.pdf().length);
        assertThat(as(Role.ENGINEER).postMultipart(documentsOf(request),
                new Multipart().file("file", "limit.pdf", "application/pdf", exactly)).status()).isEqualTo(201);
    }

    @Test
    void rollsTheLargeObjectBackWhenTheTransactionFailsAfterItWasWritten() {
        UUID request = UUID.fromString(newRequest());
        Counts before = counts();

        // A stream longer than the limit, as a caller other than the servlet container may pass: refused while
        // it is being copied into the large object.
        byte[] tooLong = new byte[MAX_SIZE + 1];
        assertThatThrownBy(() -> documents.attach(request, new AttachDocument("long.pdf", null, DocumentKind.OTHER),
                new ByteArrayInputStream(tooLong))).isInstanceOf(DocumentTooLarge.class);
        assertThat(counts()).isEqualTo(before);

        // A failure after the document, its large object, audit record and event were all written.
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            documents.attach(request, new AttachDocument("act.pdf", null, DocumentKind.ACT),
                    new ByteArrayInputStream(SampleFiles.pdf()));
            assertThat(counts()).isNotEqualTo(before);
            throw new IllegalStateException("a later step of the same transaction fails");
        })).hasMessageContaining("later step");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void reportsTheSameFileTwiceOnARequestAsADuplicate() {
        String request = newRequest();
        byte[] photo = SampleFiles.image("jpg");
        String first = upload(request, "1.jpg", photo).get("id").asString();
        JsonNode second = upload(request, "2.jpg", photo);
        JsonNode other = upload(newRequest(), "1.jpg", photo);

        assertThat(second.get("duplicateOf").asString()).isEqualTo(first);
        assertThat(other.get("duplicateOf").isNull()).as("another request's copy is no duplicate").isTrue();
        JsonNode list = as(Role.DISPATCHER).get(documentsOf(request)).json();
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("duplicateOf").isNull()).isTrue();
        assertThat(list.get(1).get("duplicateOf").asString()).isEqualTo(first);
    }

    @Test
    void rejectsBadInputNamingTheFieldAndWritesNothing() {
        String request = newRequest();
        Counts before = counts();
        TestHttp engineer = as(Role.ENGINEER);

        var noFile = engineer.postMultipart(documentsOf(request), new Multipart().field("title", "Акт"));
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(fields(noFile.json())).containsExactly("file");
        assertThat(message(noFile.json(), "file")).isEqualTo("Выберите файл");

        var empty = engineer.postMultipart(documentsOf(request),
                new Multipart().file("file", "empty.pdf", "application/pdf", new byte[0]));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(fields(empty.json())).containsExactly("file");

        var badKindAndTitle = engineer.postMultipart(documentsOf(request), new Multipart()
                .file("file", "act.pdf", "application/pdf", SampleFiles.pdf()).field("kind", "SELFIE")
                .field("title", "x".repeat(201)));
        assertThat(badKindAndTitle.status()).isEqualTo(400);
        assertThat(fields(badKindAndTitle.json())).containsExactlyInAnyOrder("kind", "title");
        assertThat(message(badKindAndTitle.json(), "kind")).contains("PHOTO, ACT");

        var notMultipart = engineer.post(documentsOf(request), "{\"file\": \"x\"}");
        assertThat(notMultipart.status()).isEqualTo(415);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void onlyRequestReadersSeeDocumentsAndOnlyDispatchersManagersAndAdminsDeleteThem() {
        String request = newRequest();
        String url = upload(request, "act.pdf", SampleFiles.pdf()).get("contentUrl").asString();
        String document = url.replace("/content", "");
        Multipart file = new Multipart().file("file", "act.pdf", "application/pdf", SampleFiles.pdf());

        assertThat(as(Role.ANALYST).postMultipart(documentsOf(request), file).status()).isEqualTo(403);
        assertThat(as(Role.ANALYST).get(documentsOf(request)).status()).isEqualTo(403);
        assertThat(as(Role.ANALYST).getBytes(url).status()).isEqualTo(403);
        assertThat(anonymous().postMultipart(documentsOf(request), file).status()).isEqualTo(401);
        assertThat(anonymous().get(documentsOf(request)).status()).isEqualTo(401);
        assertThat(anonymous().getBytes(url).status()).isEqualTo(401);
        assertThat(anonymous().delete(document).status()).isEqualTo(401);
        for (Role role : List.of(Role.ENGINEER, Role.WAREHOUSE, Role.LOGISTICS, Role.PROCUREMENT, Role.ACCOUNTANT,
                Role.ANALYST)) {
            assertThat(as(role).delete(document).status()).as(role.name()).isEqualTo(403);
        }
        long objects = largeObjects();

        assertThat(as(Role.DISPATCHER).delete(document).status()).isEqualTo(204);

        assertThat(largeObjects()).as("the large object is unlinked").isEqualTo(objects - 1);
        assertThat(as(Role.DISPATCHER).getBytes(url).status()).isEqualTo(404);
        assertThat(as(Role.DISPATCHER).get(documentsOf(request)).json()).isEmpty();
        assertThat(as(Role.MANAGER).delete(document).status()).isEqualTo(404);
        String id = document.substring(document.lastIndexOf('/') + 1);
        var audit = jdbc.sql("SELECT actor, before->>'fileName' AS name, after->>'deletedBy' AS by FROM ops.audit_log "
                + "WHERE entity_id = :id AND action = 'DOCUMENT_DELETED'").param("id", id).query().listOfRows();
        assertThat(audit).containsExactly(Map.of("actor", "dispatcher", "name", "act.pdf", "by", "dispatcher"));
    }

    @Test
    void anUnknownRequestOrDocumentIs404() {
        String request = newRequest();
        String url = upload(request, "act.pdf", SampleFiles.pdf()).get("contentUrl").asString();
        String unknown = UUID.randomUUID().toString();
        Multipart file = new Multipart().file("file", "act.pdf", "application/pdf", SampleFiles.pdf());

        assertThat(as(Role.ENGINEER).postMultipart(documentsOf(unknown), file).status()).isEqualTo(404);
        assertThat(as(Role.ENGINEER).get(documentsOf(unknown)).status()).isEqualTo(404);
        assertThat(as(Role.ENGINEER).getBytes(url.replace(request, unknown)).status()).isEqualTo(404);
        var missing = as(Role.ENGINEER).get(documentsOf(request) + "/" + unknown + "/content");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").asString()).isEqualTo("Документ " + unknown + " не найден");
        // A document is reached only through its own request.
        assertThat(as(Role.ENGINEER).getBytes(url.replace(request, newRequest())).status()).isEqualTo(404);
        assertThat(as(Role.ENGINEER).get(documentsOf(request) + "/not-a-uuid/content").status()).isEqualTo(400);
    }

    private JsonNode upload(String request, String name, byte[] bytes) {
        var response = as(Role.ENGINEER).postMultipart(documentsOf(request),
                new Multipart().file("file", name, "application/octet-stream", bytes));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    /** Rows, large objects, audit records and events: what a refused upload must not leave behind. */
    record Counts(long documents, long largeObjects, long audit, long outbox) {
    }

    private Counts counts() {
        return new Counts(count("ops.request_document"), largeObjects(), count("ops.audit_log"), count("ops.outbox"));
    }

    private long largeObjects() {
        return jdbc.sql("SELECT count(*) FROM pg_largeobject_metadata").query(Long.class).single();
    }

    private String newRequest() {
        var body = Map.of("customerName", "ООО «Вектор»", "contactPhone", "+375291234567", "deviceModel",
                "Hikvision DS-7608NI-K2", "problemDescription", "Не пишет архив", "priority", "P2");
        var response = as(Role.DISPATCHER).post("/api/v1/requests", body);
        assertThat(response.status()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    static String documentsOf(String request) {
        return "/api/v1/requests/" + request + "/documents";
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    static String message(JsonNode problem, String field) {
        for (JsonNode e : problem.get("errors")) {
            if (field.equals(e.get("field").asString())) {
                return e.get("message").asString();
            }
        }
        throw new AssertionError("no error for " + field + " in " + problem);
    }
}
