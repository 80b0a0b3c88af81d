using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Web.Data;
using NewsReader.Web.Reading;

namespace NewsReader.Web.Pages.Speakers;

/// <summary>Every speaker quoted in the library, most quoted first.</summary>
public sealed class IndexModel(NewsReaderDb db) : PageModel
{
    public IReadOnlyList<SpeakerQueries.SpeakerRow> Speakers { get; private set; } = [];
    public string? Filter { get; private set; }

    public async Task OnGetAsync(string? name, CancellationToken cancellationToken)
    {
        var all = await SpeakerQueries.ListAsync(db, cancellationToken);
        Filter = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        Speakers = Filter is null ? all : all.Where(s => s.Name.Contains(Filter, StringComparison.OrdinalIgnoreCase)).ToList();
    }
}
