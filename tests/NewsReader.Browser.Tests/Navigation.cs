using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NewsReader.Browser.Tests;

internal static class Navigation
{
    /// <summary>
    /// Runs an action that navigates, then waits until the page's URL matches and its new document has run its deferred
    /// scripts. Polling the URL, unlike waiting for a navigation event afterwards, cannot miss a navigation that committed
    /// before the wait began (that race made this suite flaky under load).
    /// </summary>
    public static async Task AfterNavigationAsync(IPage page, Func<Task> action, Regex url)
    {
        await action();
        await Assertions.Expect(page).ToHaveURLAsync(url);
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }
}
