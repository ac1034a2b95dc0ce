using System.Diagnostics;
using System.Text;

namespace BossRemote.Core.Email.Templates;

/// <summary>Collects a rendering's output and stops it once it is too long or has taken too long.</summary>
internal sealed class LimitedWriter(int maxLength, TimeSpan maxTime) : StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture)
{
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();

    public void CheckTime()
    {
        if (_elapsed.Elapsed > maxTime)
        {
            throw new TemplateLimitException(TemplateLimits.TimeMessage);
        }
    }

    public override void Write(char value)
    {
        Grow(1);
        base.Write(value);
    }

    public override void Write(string? value)
    {
        Grow(value?.Length ?? 0);
        base.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        Grow(count);
        base.Write(buffer, index, count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Grow(buffer.Length);
        base.Write(buffer);
    }

    private void Grow(int count)
    {
        if (GetStringBuilder().Length + count > maxLength)
        {
            throw new TemplateLimitException(TemplateLimits.OutputMessage);
        }

        CheckTime();
    }
}
