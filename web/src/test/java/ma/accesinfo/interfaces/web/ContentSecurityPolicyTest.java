package ma.accesinfo.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Pages (whose policy PrimeFaces writes with their nonce) and other answers share one policy. */
class ContentSecurityPolicyTest {

  @Test
  void shouldGivePagesTheSamePolicyAsEveryOtherAnswerWithTheScriptsDirectiveLast()
      throws IOException {
    String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
    Matcher policy =
        Pattern.compile(
                "<param-name>primefaces.CSP_POLICY</param-name>\\s*<param-value>([^<]+)</param-value>")
            .matcher(webXml);
    assertThat(policy.find()).isTrue();
    String pages = policy.group(1).replace("&apos;", "'");

    assertThat(directives(pages)).isEqualTo(directives(PageFilter.POLICY));
    // The nonce is appended to the policy's end: that must be the scripts' directive
    assertThat(pages.strip()).endsWith("script-src 'self'");
  }

  private static Set<String> directives(String policy) {
    Set<String> directives = new TreeSet<>();
    Arrays.stream(policy.split(";"))
        .map(String::strip)
        .filter(d -> !d.isEmpty())
        .forEach(directives::add);
    return directives;
  }
}
