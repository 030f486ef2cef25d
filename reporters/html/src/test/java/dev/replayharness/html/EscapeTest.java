package dev.replayharness.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EscapeTest {

    @Test
    void markupCharactersBecomeReferences() {
        assertThat(Escape.html("<script>alert(1)</script> & \"q\" 'a'"))
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &#39;a&#39;");
        assertThat(Escape.html("plain text")).isEqualTo("plain text");
        assertThat(Escape.html(null)).isEmpty();
    }

    @Test
    void scriptJsonCannotEndItsElementAndStillReadsAsTheSameJson() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode event = json.createObjectNode()
                .put("text", "</script><script>alert(1)</script><!-- & \u2028\u2029 end")
                .put("attr", "\"><img src=x onerror=alert(1)>");
        String escaped = Escape.scriptJson(json.writeValueAsString(event));

        assertThat(escaped).doesNotContain("<", ">", "&", "\u2028", "\u2029");
        assertThat(escaped).contains("\\u003c/script\\u003e", "\\u2028");
        assertThat(json.readTree(escaped)).isEqualTo(event);
    }

    @Test
    void anAssetThatWouldEndItsElementIsRefused() {
        assertThatThrownBy(() -> Escape.inlineAsset("x.js", "var s = '</SCRIPT>';", "script"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("x.js");
        assertThat(Escape.inlineAsset("y.js", "var a = 1 < 2;", "script")).isEqualTo("var a = 1 < 2;");
    }
}
