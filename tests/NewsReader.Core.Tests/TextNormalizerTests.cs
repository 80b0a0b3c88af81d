using System.Text;
using NewsReader.Parsing;
using Xunit;

namespace NewsReader.Tests;

public sealed class TextNormalizerTests
{
    // Normalize skips ICU when every character is below U+0300 or in U+2002–U+206F; that shortcut holds only if each
    // such character, alone and after a letter, is already NFC.
    [Fact]
    public void CharactersTheShortcutAcceptsAreNfc()
    {
        for (var c = 0; c < 0x2070; c++)
        {
            if (c is >= 0x300 and < 0x2002) continue;
            var alone = ((char)c).ToString();
            Assert.True(alone.IsNormalized(NormalizationForm.FormC), $"U+{c:X4}");
            Assert.True(("e" + alone + "a").IsNormalized(NormalizationForm.FormC), $"U+{c:X4}");
        }
    }

    [Fact]
    public void TextOutsideTheShortcutIsStillNormalised()
    {
        Assert.Equal("caf\u00E9 \u201Cx\u201D", TextNormalizer.Normalize("cafe\u0301 \u201Cx\u201D"));
        Assert.Equal("\u2002", TextNormalizer.Normalize("\u2000")); // a singleton below the range
    }

    // As a CNBC Indonesia row holds it: a chart's embed script between two sentences of the article.
    private const string CopiedChart = "Harga emas dunia menguat pada perdagangan hari ini dan berada di level tertinggi sejak pekan lalu. // <![CDATA[!function(){\"use strict\";window.addEventListener(\"message\","
        + "(function(e){if(void 0!==e.data[\"datawrapper-height\"]){var t=document.querySelectorAll(\"iframe\");}}))}();// ]]> "
        + "\"Pelemahan dollar AS membantu penguatan emas,\" tutur Matt Simpson.";

    [Fact]
    public void ScriptCopiedWithPlainTextIsRemoved()
    {
        Assert.Equal("Harga emas dunia menguat pada perdagangan hari ini dan berada di level tertinggi sejak pekan lalu. \"Pelemahan dollar AS membantu penguatan emas,\" tutur Matt Simpson.",
            TextNormalizer.Normalize(CopiedChart));
        var article = ArticleParser.Parse("Emas naik\n\n" + CopiedChart);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Matt Simpson", quote.Speaker?.Name);
    }

    [Fact]
    public void MarkupKeepsItsScriptForItsOwnParser()
    {
        Assert.Equal(CopiedChart, TextNormalizer.Normalize(CopiedChart, decodeCharacterReferences: false));
        // An unclosed section is no script that ends: the text stays.
        Assert.Equal("a <![CDATA[ b", TextNormalizer.Normalize("a <![CDATA[ b"));
    }

    // As BBC Sport and CNBC Indonesia pages print some quotations: two apostrophes typed for each mark.
    private const string TypedMarks = "Ireland drop Hickie\n\nGavin Duffy is called up to the replacements. ''We gave Gordon a chance but it didn't work out,'' said Ireland coach Eddie O'Sullivan. ''He should be fine for the next game.''";

    [Fact]
    public void TwoApostrophesTypedForAQuotationMarkAreThatMark()
    {
        Assert.Equal("a \"We gave\" b", TextNormalizer.Normalize("a ''We gave'' b"));
        // One apostrophe, or a row of three, is no mark; markup keeps its empty attributes.
        Assert.Equal("O'Sullivan's ''' x", TextNormalizer.Normalize("O'Sullivan's ''' x"));
        Assert.Equal("<img alt=''>", TextNormalizer.Normalize("<img alt=''>", decodeCharacterReferences: false));
        var article = ArticleParser.Parse(TypedMarks);
        Assert.Equal(["We gave Gordon a chance but it didn't work out", "He should be fine for the next game."], article.Quotes.Select(q => q.Text));
        Assert.All(article.Quotes, quote => Assert.Equal("Eddie O'Sullivan", quote.Speaker?.Name));
    }
}
