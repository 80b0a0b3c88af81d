using NewsReader.Web.Reading;

namespace NewsReader.Web.Tests.Highlights;

/// <summary>A highlight finds its words again after the text around, inside or before it changed, and says when they are gone.</summary>
public sealed class TextAnchorTests
{
    private const string Text = "The minister spoke first. \"Prices will fall by the end of the year,\" she said on Monday.\n\nTraders were not convinced and sold bonds.";

    private static TextAnchor AnchorOf(string words)
    {
        var start = Text.IndexOf(words, StringComparison.Ordinal);
        return TextAnchor.Of(Text, start, start + words.Length);
    }

    [Fact]
    public void Unchanged_text_keeps_the_place()
    {
        var anchor = AnchorOf("Prices will fall");
        Assert.Equal((anchor.Start, anchor.End), anchor.Locate(Text));
    }

    [Fact]
    public void An_edit_before_the_words_moves_the_place_with_them()
    {
        var anchor = AnchorOf("Prices will fall");
        var edited = "JAKARTA - " + Text.Replace("spoke first", "spoke first at a briefing", StringComparison.Ordinal);
        var place = anchor.Locate(edited);
        Assert.NotNull(place);
        Assert.Equal("Prices will fall", edited[place.Value.Start..place.Value.End]);
    }

    [Fact]
    public void An_edit_after_the_words_keeps_the_place()
    {
        var anchor = AnchorOf("Prices will fall");
        var edited = Text.Replace("sold bonds", "sold government bonds heavily", StringComparison.Ordinal);
        Assert.Equal((anchor.Start, anchor.End), anchor.Locate(edited));
    }

    [Fact]
    public void An_edit_inside_the_words_is_followed_by_the_context_around_them()
    {
        var anchor = AnchorOf("Prices will fall by the end of the year");
        var edited = Text.Replace("fall by the end", "fall sharply by the end", StringComparison.Ordinal);
        var place = anchor.Locate(edited);
        Assert.NotNull(place);
        Assert.Equal("Prices will fall sharply by the end of the year", edited[place.Value.Start..place.Value.End]);
    }

    [Fact]
    public void Words_moved_elsewhere_are_found_there()
    {
        var anchor = AnchorOf("Traders were not convinced");
        var moved = "Traders were not convinced and sold bonds.\n\n" + Text[..Text.IndexOf("\n\n", StringComparison.Ordinal)];
        var place = anchor.Locate(moved);
        Assert.Equal((0, "Traders were not convinced".Length), place);
    }

    [Fact]
    public void Of_two_places_with_the_same_words_the_one_with_the_same_context_wins()
    {
        const string twice = "He said no. Then the board met, and later he said no. Everyone left.";
        var second = twice.LastIndexOf("he said no", StringComparison.Ordinal);
        var anchor = TextAnchor.Of(twice, second, second + "he said no".Length);
        var edited = "Update: " + twice;
        Assert.Equal((second + 8, second + 8 + "he said no".Length), anchor.Locate(edited));
    }

    [Fact]
    public void Deleted_words_leave_the_highlight_without_a_place()
    {
        var anchor = AnchorOf("Prices will fall by the end of the year");
        var edited = Text.Replace("\"Prices will fall by the end of the year,\" she said on Monday.", "Nothing was announced.", StringComparison.Ordinal);
        Assert.Null(anchor.Locate(edited));
    }
}
