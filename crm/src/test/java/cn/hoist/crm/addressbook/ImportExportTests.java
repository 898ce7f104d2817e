package cn.hoist.crm.addressbook;

import static cn.hoist.crm.CrmTest.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.hoist.crm.CrmTest;
import cn.hoist.crm.CrmTestData;
import cn.hoist.crm.PageSession;
import cn.hoist.testsupport.HttpTester;
import tools.jackson.databind.JsonNode;

/** Import with preview, per-row errors, dedup and all-or-nothing; export that imports again. */
@CrmTest
class ImportExportTests {

    @Autowired
    ImportService imports;

    @Autowired
    ImportWriter writer;

    @Autowired
    TransactionTemplate transactions;

    private static final List<String> HEADINGS = List.of("姓名", "手机", "车牌", "车架号", "品牌", "车型", "里程",
            "年检到期", "备注列");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    HttpTester http;

    @BeforeEach
    void setUp() {
        http = new HttpTester("http://localhost:" + port);
    }

    @Test
    void previewsEveryRowThenImportsWithDedupAgainstTheCrmAndTheFile() {
        String known = CrmTestData.mobile();
        String knownId = http.post("/api/customers").basic("admin", ADMIN_PASSWORD).json(Map.of("kind", "PERSON",
                "name", "老客户", "mobile", known, "source", "PHONE")).send().json().get("id").asString();
        String twice = CrmTestData.mobile();
        String badVin = CrmTestData.withWrongCheckDigit(CrmTestData.vin());
        List<List<String>> rows = List.of(HEADINGS,
                List.of("新客户甲", twice, CrmTestData.plate(), CrmTestData.vin(), "比亚迪", "汉", "12000", "2027-03-01", "x"),
                List.of("新客户甲", twice, CrmTestData.plate(), badVin, "丰田", "卡罗拉", "", "2027/4/1", ""),
                List.of("老客户", known, CrmTestData.plate(), "", "", "", "", "", ""),
                List.of("坏数据", "1234", "京A1", "", "", "", "", "", ""));
        JsonNode plan = upload("import.csv", ImportFiles.csv(rows), "true", "false").json();
        assertThat(plan.get("rows").size()).isEqualTo(4);
        assertThat(plan.get("ignoredColumns").get(0).asString()).isEqualTo("备注列");
        assertThat(plan.get("rows").get(1).get("customerMatch").asString()).isEqualTo("EARLIER_ROW");
        assertThat(plan.get("rows").get(1).get("warnings").get(0).asString()).contains(badVin);
        assertThat(plan.get("rows").get(2).get("customerMatch").asString()).isEqualTo("EXISTING");
        assertThat(plan.get("rows").get(3).get("errors").size()).isEqualTo(2);

        long customersBefore = count("customer");
        var refused = upload("import.csv", ImportFiles.csv(rows), "false", "false");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).contains("1");
        assertThat(count("customer")).as("a refused import changes nothing").isEqualTo(customersBefore);

        JsonNode report = upload("import.csv", ImportFiles.csv(rows), "false", "true").json();
        assertThat(report.get("customersCreated").asInt()).isEqualTo(1);
        assertThat(report.get("customersMatched").asInt()).isEqualTo(2);
        assertThat(report.get("vehiclesCreated").asInt()).isEqualTo(3);
        assertThat(report.get("skippedLines").get(0).asInt()).isEqualTo(5);
        assertThat(count("customer")).isEqualTo(customersBefore + 1);
        assertThat(http.get("/api/customers/" + knownId + "/vehicles").basic("admin", ADMIN_PASSWORD).send().json()
                .size()).isEqualTo(1);
        assertThat(search(twice.substring(7))).hasSizeGreaterThanOrEqualTo(1);

        JsonNode again = upload("import.csv", ImportFiles.csv(rows.subList(0, 4)), "true", "false").json();
        assertThat(again.get("rows").valueStream().map(r -> r.get("vehicleMatch").asString()))
                .as("importing the same file again finds everything").containsOnly("EXISTING");
    }

    @Test
    void fillsInWhatTheCrmDoesNotKnowAboutACustomerAndKeepsWhatItDoes() {
        String mobile = CrmTestData.mobile();
        String id = http.post("/api/customers").basic("admin", ADMIN_PASSWORD).json(Map.of("kind", "PERSON",
                "name", "老王", "mobile", mobile, "email", "wang@old.cn", "source", "PHONE")).send().json().get("id")
                .asString();
        List<List<String>> rows = List.of(List.of("姓名", "手机", "邮箱", "座机", "生日", "性别", "身份证号", "地址", "来源"),
                List.of("老王", mobile, "wang@new.cn", "010-62345678", "1980-05-06", "男", CrmTestData.idNumber(),
                        "北京市海淀区中关村大街1号", "到店"));
        PageSession manager = PageSession.signIn(port, "admin", ADMIN_PASSWORD);
        String preview = uploadPage(manager, ImportFiles.csv(rows));
        assertThat(preview).contains("id=\"filling\">1<").contains("性别、生日、身份证号、座机、地址")
                .contains("“邮箱”：CRM 保留“wang@old.cn”，文件中为“wang@new.cn”。")
                .contains("“来源”：CRM 保留“电话”，文件中为“到店”。");

        String report = manager.submit("/imports", "/imports/" + planId(preview) + "/commit", Map.of()).body();
        assertThat(report).contains("id=\"customers-filled\">1<").contains("性别、生日、身份证号、座机、地址");
        JsonNode customer = http.get("/api/customers/" + id).basic("admin", ADMIN_PASSWORD).send().json();
        assertThat(customer.get("email").asString()).as("never overwritten").isEqualTo("wang@old.cn");
        assertThat(customer.get("source").asString()).isEqualTo("PHONE");
        assertThat(customer.get("landline").asString()).isEqualTo("010-62345678");
        assertThat(customer.get("birthday").asString()).isEqualTo("1980-05-06");
        assertThat(customer.get("gender").asString()).isEqualTo("MALE");
        assertThat(customer.get("idNumber").asString()).startsWith("110***");
        assertThat(http.post("/api/customers/" + id + "/reveal").basic("admin", ADMIN_PASSWORD)
                .json(Map.of("field", "ADDRESS")).send().json().get("value").asString()).isEqualTo("北京市海淀区中关村大街1号");
        var update = jdbc.sql("select before_state, after_state from audit_event where action = 'UPDATE'"
                + " and entity_type = 'CUSTOMER' and entity_id = ?").param(id).query((rs, n) -> List.of(
                        rs.getString(1), rs.getString(2))).single();
        assertThat(update.get(0)).contains("\"landline\":null").contains("\"email\":\"wang@old.cn\"");
        assertThat(update.get(1)).contains("\"landline\":\"010-62345678\"").contains("\"gender\":\"MALE\"")
                .doesNotContain("中关村大街");

        JsonNode again = upload("import.csv", ImportFiles.csv(rows), "true", "false").json().get("rows").get(0);
        assertThat(again.get("fills").isEmpty()).as("the second time there is nothing left to fill").isTrue();
        assertThat(again.get("warnings").size()).isEqualTo(2);
    }

    @Test
    void anImportThatFailsPartWayWritesNothingAndSaysWhichLine() {
        String mobile = CrmTestData.mobile();
        String id = http.post("/api/customers").basic("admin", ADMIN_PASSWORD).json(Map.of("kind", "PERSON",
                "name", "老李", "mobile", mobile, "source", "PHONE")).send().json().get("id").asString();
        String idNumber = CrmTestData.idNumber();
        List<List<String>> rows = List.of(List.of("老李", mobile, CrmTestData.plate(), "li@new.cn", ""),
                List.of("新客户丙", CrmTestData.mobile(), CrmTestData.plate(), "", idNumber));
        List<String> headings = List.of("姓名", "手机", "车牌", "邮箱", "身份证号");
        byte[] file = ImportFiles.csv(java.util.stream.Stream.concat(java.util.stream.Stream.of(headings),
                rows.stream()).toList());
        PageSession manager = PageSession.signIn(port, "admin", ADMIN_PASSWORD);
        String preview = uploadPage(manager, file);
        assertThat(preview).contains("检查通过，可以导入。");
        ImportPlan planned = asAdmin(() -> imports.read(new ImportService.UploadedFile(java.util.UUID.randomUUID(),
                "import.csv", new cn.hoist.crm.addressbook.internal.Table(headings, rows))));
        // Someone registers the ID number between the preview and the import.
        http.post("/api/customers").basic("admin", ADMIN_PASSWORD).json(Map.of("kind", "PERSON", "name", "丁某",
                "idNumber", idNumber, "source", "WALK_IN")).send();
        Map<String, Long> before = counts();

        // The import reads the file again first: the row is refused before anything is written.
        var refused = manager.submit("/imports", "/imports/" + planId(preview) + "/commit", Map.of());
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("有 1 行数据有错误");
        assertThat(counts()).isEqualTo(before);

        // Written as planned before the clash, line 2 goes in and line 3 fails: all of it is rolled back.
        assertThatThrownBy(() -> asAdmin(() -> transactions.execute(status -> writer.write(planned))))
                .isInstanceOf(cn.hoist.platform.web.ProblemException.class)
                .hasMessageContaining("import.rowFailed");
        assertThat(counts()).as("line 2 was written before line 3 failed, and rolled back").isEqualTo(before);
        assertThat(http.get("/api/customers/" + id).basic("admin", ADMIN_PASSWORD).send().json().get("email").isNull())
                .isTrue();

        var api = upload("import.csv", file, "false", "false");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.json().get("detail").asString()).contains("1 行数据有错误");
        assertThat(counts()).isEqualTo(before);
    }

    private <T> T asAdmin(Supplier<T> work) {
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                "admin", null, org.springframework.security.core.authority.AuthorityUtils.createAuthorityList(
                        "ROLE_ADMIN")));
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void anIdNumberOfAnotherCustomerIsARowErrorInThePreview() {
        String taken = CrmTestData.idNumber();
        http.post("/api/customers").basic("admin", ADMIN_PASSWORD).json(Map.of("kind", "PERSON", "name", "丁某",
                "idNumber", taken, "source", "WALK_IN")).send();
        String twice = CrmTestData.idNumber();
        String mobile = CrmTestData.mobile();
        byte[] file = ImportFiles.csv(List.of(List.of("姓名", "手机", "身份证号"),
                List.of("新客户甲", CrmTestData.mobile(), taken),
                List.of("新客户乙", mobile, twice),
                List.of("新客户乙", mobile, twice),
                List.of("新客户丙", CrmTestData.mobile(), twice)));
        JsonNode rows = upload("import.csv", file, "true", "false").json().get("rows");
        assertThat(rows.get(0).get("errors").get(0).asString()).isEqualTo("该身份证号已属于客户“丁某”。");
        assertThat(rows.get(1).get("errors").isEmpty()).isTrue();
        assertThat(rows.get(2).get("errors").isEmpty()).as("the same customer again (same mobile)").isTrue();
        assertThat(rows.get(3).get("errors").get(0).asString()).isEqualTo("该身份证号与第 3 行相同，但两行不是同一位客户。");
        Map<String, Long> before = counts();
        assertThat(upload("import.csv", file, "false", "false").status()).isEqualTo(400);
        assertThat(counts()).isEqualTo(before);

        var skipping = upload("import.csv", file, "false", "true");
        assertThat(skipping.status()).isEqualTo(200);
        assertThat(http.get("/api/customers?q=" + mobile).basic("admin", ADMIN_PASSWORD).send().json().get("items")
                .size()).as("the two good rows are one customer").isEqualTo(1);
    }

    @Test
    void aPlateOtherThanTheCrmsForTheSameVinIsAWarningAndTheCrmKeepsItsOwn() {
        String mobile = CrmTestData.mobile();
        String plate = CrmTestData.plate();
        String vin = CrmTestData.vin();
        String customer = CrmTestData.customerWithCar(http, "老钱", mobile, plate, vin);
        String filePlate = CrmTestData.plate();
        byte[] file = ImportFiles.csv(List.of(List.of("姓名", "手机", "车牌", "车架号"),
                List.of("老钱", mobile, filePlate, vin)));
        JsonNode row = upload("import.csv", file, "true", "false").json().get("rows").get(0);
        assertThat(row.get("warnings").valueStream().map(JsonNode::asString)).containsExactly("车架号 " + vin
                + " 在 CRM 中是车牌为 " + plate + " 的车辆；文件中的车牌为 " + filePlate + "，CRM 保留 " + plate
                + "（换牌请在车辆页办理）。");
        assertThat(upload("import.csv", file, "false", "false").status()).isEqualTo(200);
        assertThat(http.get("/api/customers/" + customer + "/vehicles").basic("admin", ADMIN_PASSWORD).send().json()
                .valueStream().map(v -> v.get("vehicle").get("plate").asString())).containsExactly(plate);
    }

    @Test
    void whatALaterRowSaysOtherwiseAboutAnEarlierRowsCarIsAWarning() {
        String mobile = CrmTestData.mobile();
        String plate = CrmTestData.plate();
        String vin = CrmTestData.vin();
        byte[] file = ImportFiles.csv(List.of(List.of("姓名", "手机", "车牌", "车架号"),
                List.of("老孙", mobile, plate, ""),
                List.of("老孙", mobile, plate, vin),
                List.of("老孙", mobile, plate, "")));
        JsonNode rows = upload("import.csv", file, "true", "false").json().get("rows");
        assertThat(rows.get(1).get("warnings").valueStream().map(JsonNode::asString)).containsExactly(
                "这辆车已在第 2 行出现（" + plate + "），以该行为准；本行的“" + vin + "”未导入。");
        assertThat(rows.get(2).get("warnings").isEmpty()).as("the same car again says nothing new").isTrue();
        assertThat(upload("import.csv", file, "false", "false").status()).isEqualTo(200);
        JsonNode cars = http.get("/api/vehicles?q=" + plate).basic("admin", ADMIN_PASSWORD).send().json();
        assertThat(cars.toString()).as("one car, as the first row has it").contains(plate).doesNotContain(vin);
    }

    @Test
    void aVinOtherThanTheCrmsForTheSamePlateIsAWarningAndTheCrmKeepsItsOwn() {
        String mobile = CrmTestData.mobile();
        String plate = CrmTestData.plate();
        String vin = CrmTestData.vin();
        String customer = CrmTestData.customerWithCar(http, "老赵", mobile, plate, vin);
        String fileVin = CrmTestData.vin();
        byte[] file = ImportFiles.csv(List.of(List.of("姓名", "手机", "车牌", "车架号"),
                List.of("老赵", mobile, plate, fileVin)));
        PageSession manager = PageSession.signIn(port, "admin", ADMIN_PASSWORD);
        assertThat(uploadPage(manager, file)).contains("车牌 " + plate + " 在 CRM 中是车架号为 " + vin + " 的车辆；文件中的车架号为 "
                + fileVin + "，CRM 保留 " + vin + "。");
        var english = ImportFiles.upload(http.post("/api/imports").basic("admin", ADMIN_PASSWORD).language("en"),
                "import.csv", file).send();
        assertThat(english.json().get("rows").get(0).get("warnings").valueStream().map(JsonNode::asString))
                .containsExactly("Plate " + plate + " is the car with VIN " + vin + " in the CRM; the file says VIN "
                        + fileVin + "; the CRM keeps " + vin + ".");

        assertThat(upload("import.csv", file, "false", "false").status()).isEqualTo(200);
        assertThat(http.get("/api/customers/" + customer + "/vehicles").basic("admin", ADMIN_PASSWORD).send().json()
                .valueStream().map(v -> v.get("vehicle").get("vin").asString())).containsExactly(vin);
    }

    @Test
    void aCarSavedMeanwhileInAnotherSessionStopsTheImportWithItsLineAndTheFileCanBeCheckedAgain() throws Exception {
        String vin = CrmTestData.vin();
        byte[] file = carFile(vin);
        PageSession manager = PageSession.signIn(port, "admin", ADMIN_PASSWORD);
        String preview = uploadPage(manager, file);
        Map<String, Long> before = counts();
        String expected = "第 2 行无法导入，因此整个文件都未导入：刚有其他人保存了与这一行冲突的数据（例如同一车架号）。"
                + "请重新检查文件，预览会按 CRM 现有的数据匹配。";

        var failed = savedMeanwhile(vin, () -> manager.submit("/imports", "/imports/" + planId(preview) + "/commit",
                Map.of()));
        assertThat(failed.status()).isEqualTo(200);
        assertThat(failed.body()).contains(expected).contains("href=\"/imports/" + planId(preview) + "\"");
        Map<String, Long> after = new HashMap<>(before);
        after.put("vehicle", before.get("vehicle") + 1);
        assertThat(counts()).as("only the other session's car").isEqualTo(after);
        assertThat(manager.get("/imports/" + planId(preview)).body()).as("the preview again, matched afresh")
                .contains("匹配已有").contains("/imports/" + planId(preview) + "/commit");

        String otherVin = CrmTestData.vin();
        var api = savedMeanwhile(otherVin, () -> upload("import.csv", carFile(otherVin), "false", "false"));
        assertThat(api.status()).isEqualTo(409);
        assertThat(api.json().get("detail").asString()).isEqualTo(expected);
        assertThat(api.json().get("line").asInt()).isEqualTo(2);
    }

    @Test
    void readsExcelWithNumbersAndDatesAndChineseCsvFromWindows() {
        String mobile = CrmTestData.mobile();
        String plate = CrmTestData.plate();
        byte[] xlsx = ImportFiles.xlsx(List.of(List.of("name", "mobile", "plate", "inspectionDue", "source"),
                List.of("Excel 客户", mobile, plate, "2027-05-06", "小程序")));
        JsonNode report = upload("客户.xlsx", xlsx, "false", "false").json();
        assertThat(report.get("customersCreated").asInt()).as(report.toString()).isEqualTo(1);
        String id = search(mobile).get(0);
        assertThat(http.get("/api/customers/" + id).basic("admin", ADMIN_PASSWORD).send().json().get("source")
                .asString()).isEqualTo("MINI_PROGRAM");

        String gbMobile = CrmTestData.mobile();
        byte[] gb = ("姓名,手机\r\n张国标," + gbMobile + "\r\n").getBytes(Charset.forName("GB18030"));
        assertThat(upload("windows.csv", gb, "false", "false").json().get("customersCreated").asInt()).isEqualTo(1);
        assertThat(http.get("/api/customers/" + search(gbMobile).get(0)).basic("admin", ADMIN_PASSWORD).send().json()
                .get("name").asString()).isEqualTo("张国标");
    }

    @Test
    void filesThatAreNotImportsAreRefusedClearly() {
        assertThat(upload("photo.png", new byte[] {1, 2, 3}, "true", "false").json().get("detail").asString())
                .contains("photo.png");
        assertThat(upload("broken.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8), "true", "false").status())
                .isEqualTo(400);
        assertThat(upload("no-name.csv", "手机\r\n13800000000\r\n".getBytes(StandardCharsets.UTF_8), "true", "false")
                .json().get("detail").asString()).contains("姓名");
    }

    @Test
    void theAddressBookExportsInClearForManagersAndImportsAgain() {
        String mobile = CrmTestData.mobile();
        CrmTestData.customerWithCar(http, "导出客户", mobile, CrmTestData.plate(), CrmTestData.vin());
        HttpTester admin = PageSession.signIn(port, "admin", ADMIN_PASSWORD).http();
        var csv = admin.get("/customers/export.csv").send();
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition")).get().asString().contains("attachment");
        assertThat(csv.body()).startsWith("\uFEFF姓名,客户类型,手机").contains("导出客户," + "个人," + mobile);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'EXPORT'").query(Long.class).single())
                .isPositive();
        JsonNode plan = upload("export.csv", csv.body().getBytes(StandardCharsets.UTF_8), "true", "false").json();
        assertThat(plan.get("rows").valueStream().filter(r -> r.get("errors").isEmpty() && !r.get("mobile").isNull())
                .map(r -> r.get("customerMatch").asString())).as("everyone with a mobile is already there")
                .isNotEmpty().doesNotContain("NEW");
        var xlsx = admin.get("/customers/export.xlsx").send();
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.header("Content-Type")).get().asString().contains("spreadsheetml");
    }

    @Test
    void theImportTemplatesDownloadFromTheImportPageAndImportOnceFilledIn() throws Exception {
        PageSession manager = PageSession.signIn(port, "admin", ADMIN_PASSWORD);
        assertThat(manager.get("/imports").body()).contains("href=\"/imports/template.xlsx\"")
                .contains("href=\"/imports/template.csv\"");

        var csv = manager.get("/imports/template.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition")).get().asString().contains("attachment");
        String template = csv.body();
        assertThat(template).startsWith("\uFEFF" + String.join(",", ImportTemplate.headings()));
        assertThat(upload("template.csv", template.getBytes(StandardCharsets.UTF_8), "true", "false").status())
                .isEqualTo(200);
        String csvPlate = CrmTestData.plate();
        String filled = template + String.join(",", templateRow(CrmTestData.mobile(), csvPlate)) + "\r\n";
        JsonNode csvReport = upload("template.csv", filled.getBytes(StandardCharsets.UTF_8), "false", "false").json();
        assertThat(csvReport.get("customersCreated").asInt()).as(csvReport.toString()).isEqualTo(1);
        assertThat(csvReport.get("vehiclesCreated").asInt()).isEqualTo(1);

        byte[] xlsx = download(manager, "/imports/template.xlsx");
        String xlsxMobile = CrmTestData.mobile();
        byte[] filledXlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.getSheetAt(0);
            List<String> headings = new java.util.ArrayList<>();
            sheet.getRow(0).forEach(cell -> headings.add(cell.getStringCellValue()));
            assertThat(headings).isEqualTo(ImportTemplate.headings());
            var row = sheet.createRow(1);
            List<String> values = templateRow(xlsxMobile, CrmTestData.plate());
            for (int i = 0; i < values.size(); i++) {
                row.createCell(i).setCellValue(values.get(i));
            }
            workbook.write(out);
            filledXlsx = out.toByteArray();
        }
        JsonNode xlsxReport = upload("template.xlsx", filledXlsx, "false", "false").json();
        assertThat(xlsxReport.get("customersCreated").asInt()).as(xlsxReport.toString()).isEqualTo(1);
        assertThat(http.get("/api/customers?q=" + xlsxMobile.substring(7)).basic("admin", ADMIN_PASSWORD).send()
                .body()).contains("模板客户");
    }

    /** A row for the template, one value per column in its order, as a shop would fill it in. */
    private static List<String> templateRow(String mobile, String plate) {
        return List.of("模板客户", "个人", "男", "1985-06-01", mobile, CrmTestData.idNumber(), "", "010-12345678",
                "a@example.com", "北京市朝阳区", "到店", plate, CrmTestData.vin(), "丰田", "卡罗拉", "2020", "ENG123",
                "燃油", "2020-05-01", "2020-05-10", "35000", "平安保险", "2027-05-01", "2027-05-10");
    }

    private byte[] download(PageSession session, String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).header("Cookie", session.http().cookies()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private HttpTester.Response upload(String name, byte[] content, String dryRun, String skipInvalid) {
        return ImportFiles.upload(http.post("/api/imports?dryRun=" + dryRun + "&skipInvalid=" + skipInvalid)
                .basic("admin", ADMIN_PASSWORD), name, content).send();
    }

    /** The preview page of a file uploaded on the import page. */
    private static String uploadPage(PageSession session, byte[] csv) {
        var preview = ImportFiles.upload(session.http().post("/imports"), "import.csv", csv,
                "_csrf", session.csrf("/imports")).send();
        assertThat(preview.status()).isEqualTo(200);
        return preview.body();
    }

    private static String planId(String preview) {
        return preview.replaceAll("(?s).*/imports/([0-9a-f-]{36})/commit.*", "$1");
    }

    private Map<String, Long> counts() {
        return Map.of("customer", count("customer"), "vehicle", count("vehicle"), "vehicle_link",
                count("vehicle_link"), "audit_event", count("audit_event"));
    }

    private static byte[] carFile(String vin) {
        return ImportFiles.csv(List.of(List.of("姓名", "手机", "车牌", "车架号"),
                List.of("新客户戊", CrmTestData.mobile(), CrmTestData.plate(), vin)));
    }

    /**
     * Imports while another session saves a car with this VIN, after the import has checked it and
     * before it inserts it: the other session's insert is left uncommitted until the import's insert
     * waits for it (H2's view of running statements), so the import sees the duplicate.
     */
    private HttpTester.Response savedMeanwhile(String vin, Supplier<HttpTester.Response> importing)
            throws Exception {
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (var insert = other.prepareStatement("insert into vehicle (id, vin, vin_tail, energy, created_at,"
                    + " updated_at) values (random_uuid(), ?, ?, 'FUEL', current_timestamp, current_timestamp)")) {
                insert.setString(1, vin);
                insert.setString(2, vin.substring(11));
                insert.executeUpdate();
            }
            var response = CompletableFuture.supplyAsync(importing);
            for (int i = 0; i < 500 && jdbc.sql("select count(*) from information_schema.sessions"
                    + " where executing_statement like 'insert into vehicle (%'").query(Long.class).single() == 0; i++) {
                Thread.sleep(20);
            }
            other.commit();
            return response.get(10, TimeUnit.SECONDS);
        }
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private List<String> search(String q) {
        return http.get("/api/customers?q=" + q).basic("admin", ADMIN_PASSWORD).send().json().get("items")
                .valueStream().map(h -> h.get("id").asString()).toList();
    }
}
