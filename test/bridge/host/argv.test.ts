import { describe, expect, it } from 'vitest';
import { buildCommand, isBatchFile, MAX_ARGV, readTemplate } from '../../../bridge/host/argv';

const argvRule = (command: string) => ({ command, shell: false });
const shellRule = (command: string) => ({ command, shell: true });

function argv(
  command: string,
  values: Record<string, string>,
  platform: NodeJS.Platform = 'linux',
) {
  const built = buildCommand(argvRule(command), values, platform);
  if (!built.ok) throw new Error(built.detail);
  return [built.command.file, ...built.command.args];
}

function refusal(
  rule: { command: string; shell: boolean },
  values: Record<string, string>,
  platform: NodeJS.Platform = 'linux',
) {
  const built = buildCommand(rule, values, platform);
  if (built.ok) throw new Error(`ran ${JSON.stringify(built.command)}`);
  return built.detail;
}

const HOSTILE = [
  'a; rm -rf ~',
  'a | cat /etc/passwd',
  'a & calc.exe',
  'a && b',
  '$(id)',
  '`id`',
  `it's "quoted"`,
  'two\nlines\r\n',
  '*',
  '# not a comment',
  '~',
  '%PATH%',
  '\\',
  ' spaced ',
  'x'.repeat(1024),
];

describe('buildCommand, argv rules', () => {
  it('puts each value in the argument it was written in, whatever it holds', () => {
    for (const value of HOSTILE) {
      expect(
        argv('/usr/bin/crm --number !01 --name=!{display_name} x!01y', {
          '01': value,
          display_name: value,
        }),
      ).toEqual(['/usr/bin/crm', '--number', value, `--name=${value}`, `x${value}y`]);
    }
  });

  it('never splits or joins arguments with a value, quoted or not', () => {
    expect(
      argv(`prog '!01' "!01 and !{display_name}"`, { '01': 'a b', display_name: '"c d"' }),
    ).toEqual(['prog', 'a b', 'a b and "c d"']);
  });

  it('gives an empty argument for a missing value, and reads `! 01` as !01', () => {
    expect(argv('prog !01 ! 01 !{sip:x-crm-id}', {})).toEqual(['prog', '', '', '']);
    expect(argv('prog ! 01', { '01': '5' })).toEqual(['prog', '5']);
  });

  it('reads the values by key: numbered, named, SIP header', () => {
    expect(
      argv('prog !{remote_number} !{SIP:X-Crm-Id}', { '01': '201', 'sip:x-crm-id': '7' }),
    ).toEqual(['prog', '201', '7']);
  });

  it('refuses a value that would begin an argument with -, naming it', () => {
    expect(refusal(argvRule('prog !{display_name}'), { display_name: '-rf' })).toBe(
      'the value of !{display_name} starts with -',
    );
    expect(refusal(argvRule('prog !01!{display_name}'), { '01': '', display_name: '--x' })).toBe(
      'the value of !{display_name} starts with -',
    );
    // Inside an argument a dash is just text.
    expect(argv('prog --number=!01 x!01', { '01': '-5' })).toEqual(['prog', '--number=-5', 'x-5']);
  });

  it('refuses a NUL, naming the placeholder', () => {
    expect(refusal(argvRule('prog a!01'), { '01': 'a\0b' })).toBe('the value of !01 holds a NUL');
  });

  it('refuses a value over 1024 and a command over the total limit', () => {
    expect(refusal(argvRule('prog !{display_name}'), { display_name: 'x'.repeat(10_000) })).toBe(
      'the value of !{display_name} is longer than 1024',
    );
    const many = `prog ${'!01 '.repeat(40)}`;
    expect(refusal(argvRule(many), { '01': 'x'.repeat(1000) })).toContain(`${MAX_ARGV}`);
  });

  it('refuses an unknown placeholder, naming it', () => {
    expect(readTemplate(argvRule('prog !09'))).toEqual({
      ok: false,
      problem: 'names an unknown placeholder !09',
    });
    expect(refusal(argvRule('prog !{nope}'), {})).toContain('!{nope}');
  });

  it('refuses a placeholder in the program', () => {
    for (const command of ['!01 x', '/usr/bin/!{display_name}', '"!01" a']) {
      expect(refusal(argvRule(command), { '01': 'sh' })).toContain('program');
    }
    expect(refusal(shellRule('!01 x'), { '01': '1' })).toContain('program');
  });

  it('refuses an unbalanced template', () => {
    expect(refusal(argvRule(`prog 'a !01`), { '01': '1' })).toContain('single quote');
  });

  it('refuses batch files on Windows only, in any case, trailing dots too', () => {
    expect(refusal(argvRule('C:\\crm\\pop.BAT !01'), { '01': '1' }, 'win32')).toContain('batch');
    expect(refusal(argvRule('pop.cmd !01'), { '01': '1' }, 'win32')).toContain('batch');
    expect(isBatchFile('pop.cmd. .', 'win32')).toBe(true);
    expect(isBatchFile('pop.exe', 'win32')).toBe(false);
    expect(isBatchFile('pop.bat', 'linux')).toBe(false);
    expect(argv('pop.bat !01', { '01': '1' }, 'linux')).toEqual(['pop.bat', '1']);
  });
});

describe('buildCommand, the shell opt-in', () => {
  it('runs the expanded line through /bin/sh -c, or cmd.exe /d /s /c on Windows', () => {
    const rule = shellRule('crm-pop --number !01 | logger; echo "!{own_extension}"');
    const values = { '01': '+390212345678', '00': '101' };
    expect(buildCommand(rule, values, 'linux')).toEqual({
      ok: true,
      command: {
        file: '/bin/sh',
        args: ['-c', 'crm-pop --number +390212345678 | logger; echo "101"'],
        verbatim: false,
      },
    });
    expect(buildCommand(rule, values, 'win32')).toEqual({
      ok: true,
      command: {
        file: 'cmd.exe',
        args: ['/d', '/s', '/c', '"crm-pop --number +390212345678 | logger; echo "101""'],
        verbatim: true,
      },
    });
  });

  it('accepts only digits and a leading + in every value', () => {
    expect(buildCommand(shellRule('pop !01 !03'), { '01': '', '03': '0212' }, 'linux').ok).toBe(
      true,
    );
    for (const value of [...HOSTILE, '1+2', '12 ', '-1', '١٢']) {
      expect(refusal(shellRule('pop !{display_name}'), { display_name: value })).toBe(
        'the value of !{display_name} is not only digits and + (the rule runs in the shell)',
      );
    }
  });
});
