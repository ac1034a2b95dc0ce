using BossRemote.Core.TeamViewer;
using BossRemote.Tests.TestSupport;
using Flurl.Http.Testing;

namespace BossRemote.Tests.Core.TeamViewer;

/// <summary>
/// For contract tests of the TeamViewer client: a fresh <see cref="HttpTest"/> that answers (and records) every call,
/// and a client with a configured token. Responses are queued with <c>Http.RespondWith…</c> before acting.
/// </summary>
public abstract class TeamViewerClientTestBase : IDisposable
{
    private readonly List<IDisposable> _clients = [];

    protected TeamViewerClientTestBase()
    {
        Client = CreateClient(new TeamViewerClientBuilder());
    }

    protected HttpTest Http { get; } = new();

    protected ITeamViewerClient Client { get; }

    protected const string Token = TeamViewerClientBuilder.Token;

    protected const string BaseUrl = TeamViewerClientBuilder.BaseUrl;

    public void Dispose()
    {
        _clients.ForEach(client => client.Dispose());
        Http.Dispose();
        GC.SuppressFinalize(this);
    }

    private protected ITeamViewerClient CreateClient(TeamViewerClientBuilder builder)
    {
        var client = builder.Build();
        _clients.Add(client);
        return client;
    }
}
