/** A message's parts (messageParts): its own words as text, each value in a span that a Japanese page
 * keeps on one line (base.css). */
export function WholeValues({ parts }: { parts: string[] }) {
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} className="whole-value">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}
