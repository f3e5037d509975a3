import { useMemo } from 'react';
import type { LocalUserDto } from '@samen/shared';

/** Coördinatoren first, then by name. */
export const useSignIn = (users: readonly LocalUserDto[]): LocalUserDto[] =>
  useMemo(
    () => [...users].sort((a, b) => Number(b.isCoordinator) - Number(a.isCoordinator) || a.name.localeCompare(b.name, 'nl')),
    [users],
  );
