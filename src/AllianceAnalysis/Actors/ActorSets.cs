namespace AllianceAnalysis.Actors;

/// <summary>Small set operations on actor-index arrays, over caller-provided buffers so nothing is allocated per trigger.</summary>
internal static class ActorSets
{
    /// <summary>The actors of <paramref name="first"/> then of <paramref name="second"/>, each once, in order of first occurrence.</summary>
    internal static ReadOnlySpan<int> DistinctUnion(int[] first, int[] second, Span<int> buffer)
    {
        if (first.Length + second.Length > buffer.Length)
        {
            buffer = new int[first.Length + second.Length];
        }

        int count = 0;
        foreach (int actor in first)
        {
            count = AddOnce(buffer, count, actor);
        }

        foreach (int actor in second)
        {
            count = AddOnce(buffer, count, actor);
        }

        return buffer[..count];
    }

    internal static int AddOnce(Span<int> buffer, int count, int actor)
    {
        if (buffer[..count].IndexOf(actor) >= 0)
        {
            return count;
        }

        buffer[count] = actor;
        return count + 1;
    }

    /// <summary>The actors of <paramref name="actors"/> that are not in <paramref name="excluded"/>, in order.</summary>
    internal static ReadOnlySpan<int> ActorsNotIn(int[] actors, int[] excluded, Span<int> buffer)
    {
        if (actors.Length > buffer.Length)
        {
            buffer = new int[actors.Length];
        }

        int count = 0;
        foreach (int actor in actors)
        {
            if (Array.IndexOf(excluded, actor) < 0)
            {
                buffer[count++] = actor;
            }
        }

        return buffer[..count];
    }

    /// <summary>Whether some actor of <paramref name="actors"/> is not in <paramref name="others"/>.</summary>
    internal static bool HasActorNotIn(int[] actors, int[] others)
    {
        foreach (int actor in actors)
        {
            if (Array.IndexOf(others, actor) < 0)
            {
                return true;
            }
        }

        return false;
    }

    internal static bool HasActorOtherThan(int[] actors, int actor)
    {
        foreach (int a in actors)
        {
            if (a != actor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds <paramref name="actors"/> to a pair being collected in <paramref name="first"/> and <paramref name="second"/>
    /// (-1 while empty); false as soon as a third distinct actor appears.
    /// </summary>
    internal static bool AddToPair(int[] actors, ref int first, ref int second)
    {
        foreach (int actor in actors)
        {
            if (first < 0 || actor == first)
            {
                first = actor;
            }
            else if (second < 0 || actor == second)
            {
                second = actor;
            }
            else
            {
                return false;
            }
        }

        return true;
    }
}
