/*
 * Drawn in SVG rather than emoji: emoji fonts are missing on many Linux machines and would show
 * as empty boxes.
 */
export function CupMark({ size = 22 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden focusable="false" className="cup-mark">
      <path d="M4 9h12v5a5 5 0 0 1-5 5H9a5 5 0 0 1-5-5V9Z" fill="currentColor" />
      <path d="M16 10.5h1.5a2.5 2.5 0 0 1 0 5H15.6" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M8 3.5c-.8 1 .8 2-.1 3.2M12 3.5c-.8 1 .8 2-.1 3.2" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
      <rect x="3" y="20" width="15" height="1.6" rx="0.8" fill="currentColor" />
    </svg>
  )
}

/** The hero's illustration: a steaming cup beside a tea leaf. */
export function HeroIllustration() {
  return (
    <svg viewBox="0 0 220 160" className="hero-illustration" aria-hidden focusable="false">
      <ellipse cx="95" cy="142" rx="78" ry="9" fill="rgba(0,0,0,0.18)" />
      <path d="M35 62h110v34c0 26-21 44-46 44H81c-25 0-46-18-46-44V62Z" fill="#fbf3ea" />
      <path d="M145 72h8a18 18 0 0 1 0 36h-12" fill="none" stroke="#fbf3ea" strokeWidth="9" />
      <ellipse cx="90" cy="62" rx="55" ry="9" fill="#3b2416" />
      <path d="M70 20c-8 9 8 17 0 28M92 14c-8 9 8 17 0 30M114 20c-8 9 8 17 0 28" fill="none" stroke="#f5d9b8" strokeWidth="4" strokeLinecap="round" opacity="0.8" />
      <path d="M170 40c28-4 44 14 40 44-30 4-46-14-40-44Z" fill="#7fb069" />
      <path d="M172 42c12 14 22 26 36 40" fill="none" stroke="#4f7d3f" strokeWidth="3" strokeLinecap="round" />
    </svg>
  )
}
