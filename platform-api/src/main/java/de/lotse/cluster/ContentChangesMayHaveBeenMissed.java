package de.lotse.cluster;

/**
 * This instance's subscription to other instances' content changes was down for a while (or came
 * up late), so some announcements may have been lost. Listeners rebuild every tenant's index.
 */
public record ContentChangesMayHaveBeenMissed() {}
