using System.ComponentModel.DataAnnotations;

namespace BossRemote.Web.Jobs;

/// <summary>Settings under <c>Jobs</c> (environment form <c>Jobs__LockTimeout</c>).</summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>
    /// On PostgreSQL: how long a job lock held by an instance that stopped without releasing it (a crash, a kill) keeps
    /// the other instances waiting. Longer than any job holds a lock (the poll, the sweeps: seconds).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan LockTimeout { get; set; } = TimeSpan.FromMinutes(1);
}
