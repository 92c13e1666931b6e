/** English sentences main writes: expected-production reasons. */
export const insight = {
  'insight.vsExpected.noCapacity': 'The site’s capacity is unknown.',
  'insight.vsExpected.noRatio': 'No performance ratio is known for this site.',
  'insight.vsExpected.noReadings': 'No power readings today yet.',
  'insight.vsExpected.littleSun': 'Too little sun expected by {time} to compare.',
} as const;
