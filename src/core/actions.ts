// Stable action ids shared by the engine and every adapter's renderer.

/** Every action a button, card submit or modal can send to the engine. */
export const Actions = {
  /** Debrief: answer the current question with the button's value (yes/no, format, interest). */
  answer: "debrief.answer",
  /** Debrief: skip, back, cancel, finish early. */
  skip: "debrief.skip",
  back: "debrief.back",
  cancel: "debrief.cancel",
  done: "debrief.done",
  /** Summary card: confirm, or choose a field to edit (value = field key). */
  confirm: "debrief.confirm",
  editMenu: "debrief.edit-menu",
  editField: "debrief.edit",
  /** An open debrief exists: finish it, or start fresh. */
  resume: "debrief.resume",
  startFresh: "debrief.fresh",
  /** Letters (value = letter id). `letter.save` carries the edited text in `text`. */
  draftNotes: "letters.draft",
  letterSave: "letter.save",
  letterAnother: "letter.another",
  letterSent: "letter.sent",
  letterCard: "letter.card",
  /** Nudges (value = reminder id). */
  nudgeDone: "nudge.done",
  snooze: "nudge.snooze",
  snoozeDay: "nudge.snooze-day",
  /** Heard back (value = `<interviewId>:next_round|offer|rejected`, or interview id to ask). */
  heardBack: "interview.heard",
  stopNudges: "interview.stop",
  /** Reflect: skip the current reflect question (value = interview id). */
  reflect: "interview.reflect",
  /** The debrief form was submitted (value = the form's token; the answers ride in `fields`). */
  debriefForm: "debrief-form.submit",
  interest: "interview.interest",
  logNext: "interview.log-next",
  /** Stop nudges, confirmed (value = interview id). */
  stopConfirm: "interview.stop-confirm",
  /** After an offer: close another open interview politely (value = interview id). */
  withdraw: "interview.withdraw",
  /** Undo a recorded step (value = undo id). */
  undo: "follow-up.undo",
  /** Send a letter before the reflect nudge after all (value = `<letterId>:sent|open`). */
  sendEarly: "letter.send-early",
  /** Open a letter as email (value = letter id); asks first before the reflect nudge. */
  letterOpen: "letter.open",
  /** Every letter of every open interview, with its buttons. */
  letters: "letters.list",
  /** An interview logged ahead (value = interview id): ask its new time; ask before cancelling; cancel it; keep it. */
  upcomingMove: "upcoming.move",
  upcomingCancel: "upcoming.cancel",
  upcomingCancelConfirm: "upcoming.cancel-confirm",
  upcomingKeep: "upcoming.keep",
  /** The form for logging an interview ahead was submitted (value = the form's token; the answers ride in `fields`). */
  upcomingForm: "upcoming-form.submit",
  /** Settings (App Home, Teams settings card, terminal). */
  pause: "settings.pause",
  resumeNudges: "settings.resume",
  hours: "settings.hours",
  exportData: "data.export",
  forget: "data.forget",
  forgetConfirm: "data.forget-confirm",
  home: "settings.show",
  /** Letters: ask for (or, with value "skip", skip) the name that signs letters; greeting style (value first|formal). */
  signingName: "settings.signing-name",
  greeting: "settings.greeting",
  /** Time zone: asked for (no value), or set to the zone named (value = IANA zone, or "platform" to follow the platform's). */
  timeZone: "settings.tz",
  /** Country (and region) for public holidays: asked for (no value), or set (value = "DE" or "DE-BY", or "zone" to follow the time zone). */
  country: "settings.country",
  /** One saved debrief, read back (value = interview id). */
  viewDebrief: "interview.view",
  /** Edit a saved debrief, field by field (value = interview id). */
  editDebrief: "interview.edit",
} as const;

/** One of the engine's action ids. */
export type ActionId = (typeof Actions)[keyof typeof Actions];
