package dev.replayharness.dom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CssSheetTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode index(String json) throws Exception {
        return JSON.readTree(json);
    }

    @Test
    void splitsTopLevelRulesIgnoringBracesInStringsAndComments() {
        CssSheet sheet = CssSheet.parse("""
                @import url("a;b.css");
                /* { not a rule } */
                a::before { content: "}{"; color: red }
                @media (min-width: 1px) { b { color: blue } i { color: green } }
                """);
        assertThat(sheet.size()).isEqualTo(3);
        assertThat(sheet.text()).contains("@import url(\"a;b.css\");", "content: \"}{\"", "i { color: green }")
                .doesNotContain("not a rule");
    }

    @Test
    void insertsAndRemovesByIndexPathIncludingInsideGroupingRules() throws Exception {
        CssSheet sheet = CssSheet.parse("a { color: red } @media print { b { color: blue } }");
        assertThat(sheet.insert(index("[1, 0]"), "i { color: green }")).isTrue();
        assertThat(sheet.insert(index("0"), "p { margin: 0 }")).isTrue();
        assertThat(sheet.remove(index("1"))).isTrue();
        assertThat(sheet.text()).doesNotContain("color: red")
                .containsSubsequence("p { margin: 0 }", "@media print", "i { color: green }", "b { color: blue }");
        assertThat(sheet.insert(index("[0, 0]"), "x {}")).as("rule 0 is not a grouping rule").isFalse();
        assertThat(sheet.remove(index("9"))).isFalse();
    }

    @Test
    void setsAndRemovesDeclarationsKeepingSemicolonsInsideUrls() throws Exception {
        CssSheet sheet = CssSheet.parse("a { background: url(data:image/png;base64,AAA=); color: red }");
        assertThat(sheet.declare(index("[0]"), "color", "blue", "important")).isTrue();
        assertThat(sheet.declare(index("[0]"), "margin", "0", "")).isTrue();
        assertThat(sheet.text()).contains("background: url(data:image/png;base64,AAA=);", "color: blue !important;",
                "margin: 0;");
        assertThat(sheet.declare(index("[0]"), "color", null, null)).isTrue();
        assertThat(sheet.text()).doesNotContain("color");
    }

    @Test
    void copiesAreIndependent() throws Exception {
        CssSheet sheet = CssSheet.parse("@media all { a { color: red } }");
        CssSheet copy = sheet.copy();
        sheet.insert(index("[0, 1]"), "b { color: blue }");
        assertThat(copy.text()).doesNotContain("color: blue");
    }
}
