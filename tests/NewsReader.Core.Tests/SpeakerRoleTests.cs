using NewsReader.Parsing;
using Xunit;

namespace NewsReader.Tests;

/// <summary>
/// The title shown with a speaker's name (the reader's tooltip, the speaker page's roles) is a title the article gave them,
/// never a word that only opened the sentence the name was written in, nor an honorific, nor a word that is no title.
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

    [Theory]
    // detik (corpus row): "Gus Ipul" is how the article calls the minister at every cue; "Gus" is an honorific.
    [InlineData("""
        Bansos Rp 300 Ribu Mulai Cair Oktober 2025, Simak Siapa Saja yang Dapat!

        Menteri Sosial Saifullah Yusuf atau Gus Ipul menyampaikan program BLTS ini akan menjangkau 35,04 juta keluarga penerima manfaat (KPM).

        "Proses penyaluran triwulan IV Bansos Reguler dan Perluasan sudah dimulai sejak hari ini hingga dua pekan ke depan," kata Gus Ipul, dikutip dari keterangan tertulis, Minggu (19/10/2025).
        """, "Saifullah Yusuf", "Menteri Sosial")]
    // BBC Business: "Mr Ebbers" at the cues; the title is the one he was introduced with.
    [InlineData("""
        Ebbers denies WorldCom fraud

        Former WorldCom chief Bernie Ebbers has denied claims that he knew accountants were doctoring the books at the firm.

        Mr Ebbers has denied charges of fraud and conspiracy. "I wasn't advised by Scott Sullivan of any accounting entries," Mr Ebbers said.
        """, "Bernie Ebbers", "chief")]
    // BBC Politics: a person the article gives no title is shown with none, not with "Mr".
    [InlineData("""
        Boateng to step down at election

        Paul Boateng has announced he is to stand down at the forthcoming general election.

        Mr Boateng said: "I have decided that the time has come for me to move on."
        """, "Paul Boateng", null)]
    // BBC Entertainment: a title that opens the sentence capitalised is still a title.
    [InlineData("""
        Queen recruit singer for new tour

        Guitarist Brian May said: "Suddenly the Queen Phoenix is rising again."
        """, "Brian May", "Guitarist")]
    public void TheRoleIsATitle(string text, string speaker, string? role)
    {
        var quotes = ArticleParser.Parse(text).Quotes.Where(q => q.Speaker?.Name == speaker).ToList();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Equal(role, q.Speaker!.Role));
    }
}
