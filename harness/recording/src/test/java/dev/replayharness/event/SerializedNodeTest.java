package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static dev.replayharness.event.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SerializedNodeTest {

    private static final String PAGE = """
            {type:0, id:1, compatMode:'CSS1Compat', childNodes:[
              {type:1, id:2, name:'html', publicId:'', systemId:''},
              {type:2, id:3, tagName:'html', attributes:{lang:'en'}, childNodes:[
                {type:2, id:4, tagName:'head', attributes:{}, childNodes:[
                  {type:2, id:5, tagName:'style', attributes:{}, childNodes:[{type:3, id:6, textContent:'p{}', isStyle:true}]}]},
                {type:2, id:7, tagName:'body', attributes:{class:'app', 'data-n':3, hidden:true, 'aria-x':null}, childNodes:[
                  {type:3, id:8, textContent:'Hi'},
                  {type:5, id:9, textContent:' note '},
                  {type:4, id:10, textContent:''},
                  {type:2, id:11, tagName:'my-card', attributes:{}, isShadowHost:true, isCustom:true, childNodes:[
                    {type:2, id:12, tagName:'span', attributes:{}, isShadow:true, childNodes:[]}]},
                  {type:2, id:13, tagName:'svg', attributes:{viewBox:'0 0 1 1'}, isSVG:true, childNodes:[
                    {type:2, id:14, tagName:'path', attributes:{d:'M0 0'}, isSVG:true, childNodes:[]}]},
                  {type:2, id:15, tagName:'div', attributes:{rr_width:'10px', rr_height:'5px'}, needBlock:true, rootId:1, childNodes:[]}
                ]}]}]}""";

    @Test
    void documentAndDoctype() {
        DocumentNode document = (DocumentNode) SerializedNode.of(json(PAGE));

        assertThat(document.id()).isEqualTo(1);
        assertThat(document.compatMode()).isEqualTo("CSS1Compat");
        assertThat(document.childNodes()).hasSize(2);
        assertThat(document.childNodes().get(0)).isEqualTo(new DocumentTypeNode(2, "html", "", ""));
    }

    @Test
    void nestedElementsTextCommentAndCdata() {
        ElementNode html = (ElementNode) SerializedNode.of(json(PAGE)).childNodes().get(1);
        ElementNode head = (ElementNode) html.childNodes().get(0);
        ElementNode body = (ElementNode) html.childNodes().get(1);

        assertThat(html.tagName()).isEqualTo("html");
        assertThat(html.attributes().get("lang").textValue()).isEqualTo("en");
        assertThat(head.childNodes().get(0).childNodes()).containsExactly(new TextNode(6, "p{}", true));
        assertThat(body.childNodes().subList(0, 3)).containsExactly(new TextNode(8, "Hi", false),
                new CommentNode(9, " note "), new CDataNode(10));
        assertThat(body.childNodes().get(0).childNodes()).isEmpty();
    }

    @Test
    void attributeValuesKeepTheirJsonKindAndOrder() {
        ElementNode body = (ElementNode) SerializedNode.of(json(PAGE)).childNodes().get(1).childNodes().get(1);

        assertThat(body.attributes().keySet()).containsExactly("class", "data-n", "hidden", "aria-x");
        assertThat(body.attributes().get("data-n").intValue()).isEqualTo(3);
        assertThat(body.attributes().get("hidden").booleanValue()).isTrue();
        assertThat(body.attributes().get("aria-x").isNull()).isTrue();
        assertThatThrownBy(() -> body.attributes().put("x", body.attributes().get("class")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shadowHostSvgAndBlockedElement() {
        ElementNode body = (ElementNode) SerializedNode.of(json(PAGE)).childNodes().get(1).childNodes().get(1);
        ElementNode host = (ElementNode) body.childNodes().get(3);
        ElementNode svg = (ElementNode) body.childNodes().get(4);
        ElementNode blocked = (ElementNode) body.childNodes().get(5);

        assertThat(host.isShadowHost()).isTrue();
        assertThat(host.isCustom()).isTrue();
        assertThat(host.isShadow()).isFalse();
        assertThat(((ElementNode) host.childNodes().get(0)).isShadow()).isTrue();
        assertThat(svg.isSVG()).isTrue();
        assertThat(((ElementNode) svg.childNodes().get(0)).isSVG()).isTrue();
        assertThat(svg.needBlock()).isFalse();
        assertThat(svg.rootId()).isNull();
        assertThat(blocked.needBlock()).isTrue();
        assertThat(blocked.rootId()).isEqualTo(1);
    }

    @Test
    void unknownNodeTypeIsKept() {
        JsonNode raw = json("{type:9, id:70, shape:'new'}");

        assertThat(SerializedNode.of(raw)).isEqualTo(new UnknownNode(70, 9, raw));
    }

    @Test
    void missingTypeOrIdIsNamedEvenDeepInTheTree() {
        assertThatThrownBy(() -> SerializedNode.of(json("{id:1}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("serialized node")
                .hasMessageContaining("'type'");
        assertThatThrownBy(() -> SerializedNode.of(json(
                "{type:0, id:1, childNodes:[{type:2, tagName:'html', attributes:{}, childNodes:[]}]}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'id'")
                .hasMessageContaining("html");
    }

    @Test
    void optionalFieldsAreLenient() {
        ElementNode bare = (ElementNode) SerializedNode.of(json("{type:2, id:1}"));

        assertThat(bare.tagName()).isNull();
        assertThat(bare.attributes()).isEmpty();
        assertThat(bare.childNodes()).isEmpty();
        assertThat(SerializedNode.of(json("{type:3, id:2}"))).isEqualTo(new TextNode(2, null, false));
    }
}
