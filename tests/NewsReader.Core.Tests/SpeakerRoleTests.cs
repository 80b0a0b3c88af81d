using NewsReader.Parsing;
using Xunit;

namespace NewsReader.Tests;

/// <summary>
/// The title shown with a speaker's name (the reader's tooltip, the speaker page's roles) is a title the article gave them,
/// never a word that only opened the sentence the name was written in.
/// </summary>
public sealed class SpeakerRoleTests
{
    [Theory]
    // A Kompas-style paragraph (fixture-like): "Menurut Teguh, …" made "Menurut" the role of Teguh Santosa.
    [InlineData("""
        Data Pengguna Bocor

        Pakar keamanan siber dari lembaga riset Siberindo, Teguh Santosa, meragukan bantahan tersebut. Menurut Teguh, sebagian sampel data yang ia periksa memuat transaksi bulan lalu.

        "Kalau ini data lama, kenapa ada transaksi Agustus 2025? Perusahaan semestinya terbuka," ujar Teguh.
        """, "Teguh Santosa", null)]
    // BBC Sport: "But Brady told The Sun …" made "But" the role of Karen Brady.
    [InlineData("""
        Birmingham reject Rovers bid

        Birmingham City have rejected Blackburn's bid for Robbie Savage, but managing director Karren Brady has called it "derisory". But Brady told The Sun the bid was "a waste of fax paper and my time". She added: "The way things are going all this could affect the relationship between the clubs."
        """, "Karren Brady", "managing director")]
    public void TheRoleIsNoWordThatOpenedTheSentence(string text, string speaker, string? role)
    {
        var quotes = ArticleParser.Parse(text).Quotes.Where(q => q.Speaker?.Name == speaker).ToList();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Equal(role, q.Speaker!.Role));
    }
}
