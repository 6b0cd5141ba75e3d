/**
 * What a page that is filled in from the browser's storage shows until it has read it. It holds
 * a screen's height, so the footer does not jump up and back down when the content arrives (a
 * layout shift users see, and Lighthouse counts).
 */
export function LoadingState({ text }: { text: string }) {
  return (
    <p className="loading-state" role="status">
      {text}
    </p>
  );
}
