using BossRemote.Core.Satisfaction;
using BossRemote.Core.Tickets;
using BossRemote.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Tests.Core.Satisfaction;

/// <summary>The public rating page's service: one rating per link, nothing changed by a link that is not good.</summary>
public abstract class SatisfactionRatingsTests(TestDatabase database) : SatisfactionTestBase(database)
{
    [Fact]
    public async Task GetAsync_LinkFromTheEmail_IsOpenWithTicketAndTechnicianOnly()
    {
        var token = await StoppedWithRatingRequestAsync();

        var page = await Ratings.GetAsync(token);

        page.ShouldBe(new RatingPage(RatingLinkState.Open, TicketNumber, "Printer offline", Database.Technician.DisplayName));
    }

    [Fact]
    public async Task SubmitAsync_GoodRating_StoresItVerbatimWithANoteOnTheTimeline()
    {
        var token = await StoppedWithRatingRequestAsync();
        Clock.Advance(TimeSpan.FromHours(3));

        var page = await Ratings.SubmitAsync(token, 4, "<b>hi</b> & thanks");

        (page.State, page.Recorded, page.Error).ShouldBe((RatingLinkState.Answered, true, null));
        var request = (await RequestAsync()).ShouldNotBeNull();
        (request.Rating, request.Comment, request.AnsweredAt).ShouldBe((4, "<b>hi</b> & thanks", Now));
        var note = await LatestNoteAsync();
        note.Body.ShouldBe("Rated 4/5 by Emma Johnson: <b>hi</b> & thanks");
        (note.Kind, note.ServiceCaseId).ShouldBe((TicketNoteKind.System, request.ServiceCaseId));
    }

    [Fact]
    public async Task SubmitAsync_WithoutComment_StoresNoComment()
    {
        var token = await StoppedWithRatingRequestAsync();

        await Ratings.SubmitAsync(token, 5, "   ");

        (await RequestAsync())!.Comment.ShouldBeNull();
        (await LatestNoteAsync()).Body.ShouldBe("Rated 5/5 by Emma Johnson");
    }

    [Fact]
    public async Task SubmitAsync_SecondTime_RefusedAndTheFirstStands()
    {
        var token = await StoppedWithRatingRequestAsync();
        await Ratings.SubmitAsync(token, 2, "first");

        var second = await Ratings.SubmitAsync(token, 5, "second");

        (second.State, second.Recorded).ShouldBe((RatingLinkState.Answered, false));
        second.Message.ShouldContain("rated already");
        (await RequestAsync())!.Rating.ShouldBe(2);
        (await RatingNotesAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task SubmitAsync_TwoAtOnce_RecordsOneRating()
    {
        var token = await StoppedWithRatingRequestAsync();

        var results = await Task.WhenAll(Enumerable.Range(1, 4).Select(i => Task.Run(() => Ratings.SubmitAsync(token, i, $"try {i}"))));

        results.Count(r => r.Recorded).ShouldBe(1);
        results.ShouldAllBe(r => r.State == RatingLinkState.Answered);
        var request = (await RequestAsync())!;
        request.Comment.ShouldBe($"try {request.Rating}");
        (await RatingNotesAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task SubmitAsync_Expired_RefusedAndNothingChanges()
    {
        var token = await StoppedWithRatingRequestAsync();
        Clock.Advance(SatisfactionRequest.Lifetime);

        var page = await Ratings.SubmitAsync(token, 4, null);

        page.State.ShouldBe(RatingLinkState.Expired);
        (await RequestAsync())!.AnsweredAt.ShouldBeNull();
        (await RatingNotesAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task SubmitAsync_ForgedToken_RefusedAndNothingChanges()
    {
        var token = await StoppedWithRatingRequestAsync();

        var page = await Ratings.SubmitAsync(token[..^4] + "AAAA", 4, null);

        page.ShouldBe(RatingPage.Invalid);
        (await RequestAsync())!.AnsweredAt.ShouldBeNull();
    }

    [Fact]
    public async Task SubmitAsync_SignedCodeOfAnotherCase_RefusedAndNothingChanges()
    {
        await StoppedWithRatingRequestAsync();
        var request = (await RequestAsync())!;
        var otherCase = Links.Create(request.ServiceCaseId + 1, request.Code, request.ExpiresAt);

        var page = await Ratings.SubmitAsync(otherCase, 4, null);

        page.ShouldBe(RatingPage.Invalid);
        (await RequestAsync())!.AnsweredAt.ShouldBeNull();
    }

    [Fact]
    public async Task SubmitAsync_SignedUnknownCode_Refused()
    {
        await StoppedWithRatingRequestAsync();
        var request = (await RequestAsync())!;

        var page = await Ratings.SubmitAsync(Links.Create(request.ServiceCaseId, "0123456789abcdef0123456789abcdef", request.ExpiresAt), 4, null);

        page.State.ShouldBe(RatingLinkState.Invalid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public async Task SubmitAsync_RatingOutOfRange_SaysSoAndStaysOpen(int? rating)
    {
        var token = await StoppedWithRatingRequestAsync();

        var page = await Ratings.SubmitAsync(token, rating, "fine");

        (page.State, page.Error).ShouldBe((RatingLinkState.Open, SatisfactionRatings.RatingMissing));
        (await RequestAsync())!.AnsweredAt.ShouldBeNull();
    }

    [Fact]
    public async Task SubmitAsync_CommentTooLong_SaysSoAndStoresNothing()
    {
        var token = await StoppedWithRatingRequestAsync();

        var page = await Ratings.SubmitAsync(token, 3, new string('x', SatisfactionRequest.CommentMaxLength + 1));

        (page.State, page.Error).ShouldBe((RatingLinkState.Open, SatisfactionRatings.CommentTooLong));
        (await RequestAsync())!.AnsweredAt.ShouldBeNull();
    }

    [Fact]
    public async Task SubmitAsync_CommentAtTheLimit_IsStored()
    {
        var token = await StoppedWithRatingRequestAsync();
        var comment = new string('x', SatisfactionRequest.CommentMaxLength);

        (await Ratings.SubmitAsync(token, 3, comment)).Recorded.ShouldBeTrue();

        (await RequestAsync())!.Comment.ShouldBe(comment);
    }

    private async Task<string> StoppedWithRatingRequestAsync()
    {
        await ArrangeTicketAsync();
        await AskForRatingsAsync();
        await PlayAndStopAsync();
        return await TokenFromEmailAsync();
    }

    private async Task<TicketNote> LatestNoteAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.TicketNotes.AsNoTracking().OrderByDescending(n => n.Id).FirstAsync();
    }

    private async Task<int> RatingNotesAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.TicketNotes.CountAsync(n => n.Body.StartsWith("Rated "));
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : SatisfactionRatingsTests(database), IClassFixture<SqliteTestDatabase>;

    public sealed class OnPostgres(PostgresTestDatabase database) : SatisfactionRatingsTests(database), IClassFixture<PostgresTestDatabase>;
}
